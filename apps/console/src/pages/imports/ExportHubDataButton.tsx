import { DownloadButton } from '../../components/download-csv';
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
  const hubId = useHubId();
  return (
    <DownloadButton
      label="Export all hub data"
      query={ExportHubData}
      variables={{ hubId }}
      file={({ exportHubData }) => ({
        name: exportHubData.fileName,
        content: zipBlob(exportHubData.zipBase64),
      })}
    />
  );
}
