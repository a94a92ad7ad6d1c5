import { useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../../components/data-table';
import { SubmitWithError } from '../../components/form-fields';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import type { ImportHubDataMutation } from '../../gql/graphql';
import { useHubId } from '../../session/hub-context';
import { useCheckThenImport } from './check-then-import';

const ImportHubData = graphql(`
  mutation ImportHubData($zipBase64: String!, $dryRun: Boolean, $hubId: ID) {
    importHubData(zipBase64: $zipBase64, dryRun: $dryRun, hubId: $hubId) {
      dryRun
      files {
        file
        rows
        created
        updated
        unchanged
        refused {
          line
          reason
        }
      }
    }
  }
`);

type Report = ImportHubDataMutation['importHubData'];

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Hub administrators: a whole hub data archive (as the export gives it) checked file by file,
 * then imported in one go once confirmed.
 */
export function ImportHubDataSection() {
  const hubId = useHubId();
  const [zipBase64, setZipBase64] = useState<string | null>(null);
  const [result, importHubData] = useMutation(ImportHubData);
  const { checked, done, reset, check, confirm } = useCheckThenImport(async (dryRun) =>
    zipBase64 === null
      ? null
      : (await importHubData({ zipBase64, dryRun, hubId })).data?.importHubData,
  );

  const refused =
    checked?.files.flatMap((f) => f.refused.map((r) => ({ file: f.file, ...r }))) ?? [];
  return (
    <section aria-labelledby="archive-heading">
      <h2 id="archive-heading">Import a hub data archive</h2>
      <p>
        The zip archive another service’s export gave, imported whole: every file is checked first,
        and nothing is written unless every file can be imported.
      </p>
      <form onSubmit={check}>
        <label>
          Zip archive
          <input
            type="file"
            accept=".zip,application/zip"
            required
            onChange={async (e) => {
              reset();
              const file = e.target.files?.[0];
              setZipBase64(file ? await base64Of(file) : null);
            }}
          />
        </label>
        <SubmitWithError
          result={result}
          showError={!checked}
          errorTitle="The check failed"
          label="Check the archive"
          busyLabel="Checking…"
        />
      </form>
      <div aria-live="polite">
        {checked && (
          <>
            <FileTable
              report={checked}
              testId="archive-checked"
              caption="What the import would do, file by file"
            />
            {refused.length > 0 ? (
              <>
                <p className="notice notice-error" role="alert" data-testid="archive-refused">
                  The archive cannot be imported: {refused.length} problem(s). Nothing was written.
                </p>
                <DataTable
                  testId="archive-refusals"
                  caption="Refused rows"
                  columns={['File', 'Line', 'Why it is refused']}
                >
                  {refused.map((r, i) => (
                    <tr key={i}>
                      <td>{r.file}</td>
                      <td className="num">{r.line}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </DataTable>
              </>
            ) : (
              <button type="button" disabled={result.fetching} onClick={confirm}>
                {result.fetching ? 'Importing…' : 'Import the archive'}
              </button>
            )}
            {refused.length === 0 && result.error && (
              <ErrorNotice error={result.error} title="Import failed" />
            )}
          </>
        )}
        {done && (
          <>
            <p className="notice notice-ok" role="status" data-testid="archive-done">
              Imported the archive’s {done.files.length} files.
            </p>
            <FileTable
              report={done}
              testId="archive-imported"
              caption="What the import did, file by file"
            />
          </>
        )}
      </div>
    </section>
  );
}

function FileTable(props: { report: Report; testId: string; caption: string }) {
  return (
    <DataTable
      testId={props.testId}
      caption={props.caption}
      columns={['File', 'Rows', 'Added', 'Changed', 'Unchanged', 'Refused']}
    >
      {props.report.files.map((f) => (
        <tr key={f.file}>
          <th scope="row">{f.file}</th>
          <td className="num">{f.rows}</td>
          <td className="num">{f.created}</td>
          <td className="num">{f.updated}</td>
          <td className="num">{f.unchanged}</td>
          <td className="num">{f.refused.length}</td>
        </tr>
      ))}
    </DataTable>
  );
}
