import { useState } from 'react';
import { AnyVariables, CombinedError, TypedDocumentNode, useClient } from 'urql';
import { ErrorNotice } from './status';

/** CSV text as a file's content. */
export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

/** Hands content to the browser as a file to save. */
export function saveFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A file to save: its name and content. */
export interface FileToSave {
  name: string;
  content: Blob;
}

/** Asks the API for an export and hands it to the browser as a file. */
export function DownloadButton<Data, Variables extends AnyVariables>(props: {
  label: string;
  query: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  file: (data: Data) => FileToSave;
  className?: string;
}) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    const result = await client
      .query(props.query, props.variables, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) setError(result.error);
      return;
    }
    const file = props.file(result.data);
    saveFile(file.name, file.content);
  }

  return (
    <span className="download">
      <button type="button" className={props.className} disabled={busy} onClick={download}>
        {busy ? 'Preparing…' : props.label}
      </button>
      {error && <ErrorNotice error={error} title={`${props.label} failed`} />}
    </span>
  );
}

/** Asks the API for a CSV export and hands it to the browser as a file. */
export function DownloadCsvButton<Data, Variables extends AnyVariables>(props: {
  label: string;
  fileName: string;
  query: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  pick: (data: Data) => string;
}) {
  return (
    <DownloadButton
      label={props.label}
      query={props.query}
      variables={props.variables}
      className="secondary"
      file={(data) => ({ name: props.fileName, content: csvBlob(props.pick(data)) })}
    />
  );
}
