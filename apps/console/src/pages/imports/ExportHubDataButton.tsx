import { useState } from 'react';
import { CombinedError, useClient } from 'urql';
import { saveFile } from '../../components/download-csv';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';

const ExportHubData = graphql(`
  query ExportHubData($hubId: ID) {
    exportHubData(hubId: $hubId) {
      fileName
      zipBase64
    }
  }
`);

function zipBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/zip' });
}

/** Hub administrators: downloads the archive of all of the hub's data. */
export function ExportHubDataButton() {
  const client = useClient();
  const hubId = useHubId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    const result = await client
      .query(ExportHubData, { hubId }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (result.error) setError(result.error);
    const archive = result.data?.exportHubData;
    if (archive) saveFile(archive.fileName, zipBlob(archive.zipBase64));
  }

  return (
    <span className="download">
      <button type="button" disabled={busy} onClick={download}>
        {busy ? 'Preparing…' : 'Export all hub data'}
      </button>
      {error && <ErrorNotice error={error} title="Export all hub data failed" />}
    </span>
  );
}
