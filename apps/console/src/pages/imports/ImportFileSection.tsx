import { useState } from 'react';
import { Client, CombinedError, TypedDocumentNode, useClient } from 'urql';
import { DataTable } from '../../components/data-table';
import { LabelledSelect, Sending, SubmitWithError } from '../../components/form-fields';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import type { BulkImportFieldsFragment, UnknownEmployers } from '../../gql/graphql';
import { useHubId } from '../../session/hub-context';
import { useCheckThenImport } from './check-then-import';

graphql(`
  fragment ImportRowOutcomeFields on ImportRowOutcome {
    line
    key
    action
    changes
    reason
  }
`);
graphql(`
  fragment ImportRefusalFields on ImportRefusal {
    line
    reason
  }
`);

/**
 * Every import answers the same report, but under four types of its own (bulk, institutions,
 * Compass, FSQ): a fragment can name only one type, so each has its own.
 */
graphql(`
  fragment BulkImportFields on BulkImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    skipped
    outcomes {
      ...ImportRowOutcomeFields
    }
    refused {
      ...ImportRefusalFields
    }
  }
`);
graphql(`
  fragment ImportReportFields on ImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    skipped
    outcomes {
      ...ImportRowOutcomeFields
    }
    refused {
      ...ImportRefusalFields
    }
  }
`);
graphql(`
  fragment CompassImportFields on CompassImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    skipped
    outcomes {
      ...ImportRowOutcomeFields
    }
    refused {
      ...ImportRefusalFields
    }
  }
`);
graphql(`
  fragment FsqImportFields on FsqImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    skipped
    outcomes {
      ...ImportRowOutcomeFields
    }
    refused {
      ...ImportRefusalFields
    }
  }
`);

const ImportInstitutionStatus = graphql(`
  mutation ImportInstitutionStatus($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importInstitutionStatus(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...BulkImportFields
    }
  }
`);

const ImportAdvisers = graphql(`
  mutation ImportAdvisers(
    $csv: String!
    $dryRun: Boolean
    $hubId: ID
    $unknownEmployers: UnknownEmployers
  ) {
    importAdvisers(csv: $csv, dryRun: $dryRun, hubId: $hubId, unknownEmployers: $unknownEmployers) {
      ...BulkImportFields
    }
  }
`);

const ImportMatches = graphql(`
  mutation ImportMatches($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importMatches(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...BulkImportFields
    }
  }
`);

const ImportEmployers = graphql(`
  mutation ImportEmployers($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importEmployers(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...BulkImportFields
    }
  }
`);

const ImportOpportunities = graphql(`
  mutation ImportOpportunities($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importOpportunities(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...BulkImportFields
    }
  }
`);

const ImportBookings = graphql(`
  mutation ImportBookings($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importBookings(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...BulkImportFields
    }
  }
`);

const ImportInstitutions = graphql(`
  mutation ImportInstitutionsFile($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importInstitutions(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...ImportReportFields
    }
  }
`);

const ImportCompass = graphql(`
  mutation ImportCompassFile($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importCompassEvaluations(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...CompassImportFields
    }
  }
`);

const ImportFsq = graphql(`
  mutation ImportFsqFile($csv: String!, $dryRun: Boolean, $hubId: ID) {
    importFsqCompletions(csv: $csv, dryRun: $dryRun, hubId: $hubId) {
      ...FsqImportFields
    }
  }
`);

type ImportReport = BulkImportFieldsFragment;
type FileVariables = {
  csv: string;
  dryRun: boolean;
  hubId?: string;
  unknownEmployers?: UnknownEmployers;
};
type RunImport = (
  client: Client,
  variables: FileVariables,
) => Promise<{ report?: ImportReport; error?: CombinedError }>;

/** Sends one kind of import, then picks its report from the answer. */
function fileImport<Data>(
  document: TypedDocumentNode<Data, FileVariables>,
  report: (data: Data) => ImportReport,
): RunImport {
  return async (client, variables) => {
    const { data, error } = await client.mutation(document, variables).toPromise();
    return { report: data ? report(data) : undefined, error };
  };
}

const IMPORTS = {
  ADVISERS: fileImport(ImportAdvisers, (data) => data.importAdvisers),
  MATCHES: fileImport(ImportMatches, (data) => data.importMatches),
  EMPLOYERS: fileImport(ImportEmployers, (data) => data.importEmployers),
  OPPORTUNITIES: fileImport(ImportOpportunities, (data) => data.importOpportunities),
  BOOKINGS: fileImport(ImportBookings, (data) => data.importBookings),
  INSTITUTIONS: fileImport(ImportInstitutions, (data) => data.importInstitutions),
  INSTITUTION_STATUS: fileImport(ImportInstitutionStatus, (data) => data.importInstitutionStatus),
  COMPASS: fileImport(ImportCompass, (data) => data.importCompassEvaluations),
  FSQ: fileImport(ImportFsq, (data) => data.importFsqCompletions),
};
type Kind = keyof typeof IMPORTS;
const KIND_NAMES: Record<Kind, string> = {
  INSTITUTIONS: 'Institutions (GIAS extract)',
  INSTITUTION_STATUS: 'Institutions’ hub status',
  EMPLOYERS: 'Employers and memberships',
  ADVISERS: 'Advisers',
  MATCHES: 'Match history',
  OPPORTUNITIES: 'Opportunities',
  BOOKINGS: 'Bookings',
  COMPASS: 'Compass evaluations',
  FSQ: 'Future Skills Questionnaire completions',
};
const ACTION_NAMES: Record<string, string> = {
  CREATED: 'Add',
  UPDATED: 'Change',
  UNCHANGED: 'Unchanged',
  SKIPPED: 'Skip',
};

/** The import of one file: a dry run to read, then the import once confirmed. */
export function ImportFileSection() {
  const hubId = useHubId();
  const [kind, setKind] = useState<Kind>('ADVISERS');
  const [csv, setCsv] = useState<string | null>(null);
  const [addEmployers, setAddEmployers] = useState(false);
  // Each kind keeps the state of its last send, as a mutation hook of its own would.
  const [sending, setSending] = useState<Partial<Record<Kind, Sending>>>({});
  const current = sending[kind] ?? { fetching: false };
  const client = useClient();

  async function run(dryRun: boolean) {
    if (csv === null) return null;
    const sent = kind;
    const variables: FileVariables = { csv, dryRun, hubId };
    if (sent === 'ADVISERS') {
      variables.unknownEmployers = addEmployers ? 'CREATE_APPLICANT' : 'REFUSE';
    }
    setSending((all) => ({ ...all, [sent]: { fetching: true } }));
    const { report, error } = await IMPORTS[sent](client, variables);
    setSending((all) => ({ ...all, [sent]: { fetching: false, error } }));
    return report;
  }
  const { checked, done, reset, check, confirm } = useCheckThenImport(run);

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a file</h2>
      <form onSubmit={check}>
        <LabelledSelect
          label="What the file holds"
          value={kind}
          names={KIND_NAMES}
          onChange={(value) => {
            setKind(value);
            reset();
          }}
        />
        <label>
          CSV file
          <input
            type="file"
            accept=".csv,text/csv"
            required
            onChange={async (e) => {
              reset();
              const file = e.target.files?.[0];
              setCsv(file ? await file.text() : null);
            }}
          />
        </label>
        {kind === 'ADVISERS' && (
          <label className="check">
            <input
              type="checkbox"
              checked={addEmployers}
              onChange={(e) => {
                setAddEmployers(e.target.checked);
                reset();
              }}
            />
            Add employers the hub does not hold yet as applicants to review
          </label>
        )}
        <SubmitWithError
          result={current}
          showError={!checked}
          errorTitle="The check failed"
          label="Check the file"
          busyLabel="Checking…"
        />
      </form>
      <div aria-live="polite">
        {checked && <CheckedFile report={checked} onConfirm={confirm} busy={current.fetching} />}
        {checked && checked.refused.length === 0 && current.error && (
          <ErrorNotice error={current.error} title="Import failed" />
        )}
        {done && (
          <p className="notice notice-ok" role="status" data-testid="import-done">
            Imported {done.rows - done.skipped} rows: {summary(done)}.
          </p>
        )}
      </div>
    </section>
  );
}

function summary(report: ImportReport): string {
  const skipped = report.skipped > 0 ? `; ${report.skipped} skipped` : '';
  return `${report.created} added, ${report.updated} changed, ${report.unchanged} unchanged${skipped}`;
}

function CheckedFile(props: { report: ImportReport; onConfirm: () => void; busy: boolean }) {
  const { report } = props;
  if (report.refused.length > 0) {
    return (
      <>
        <p className="notice notice-error" role="alert" data-testid="import-refused">
          The file cannot be imported: {report.refused.length} problem(s). Nothing was written.
        </p>
        <DataTable
          testId="import-refusals"
          caption="Refused rows"
          columns={['Line', 'Why it is refused']}
        >
          {report.refused.map((refusal, i) => (
            <tr key={i}>
              <td className="num">{refusal.line}</td>
              <td>{refusal.reason}</td>
            </tr>
          ))}
        </DataTable>
      </>
    );
  }
  return (
    <>
      <p role="status" data-testid="import-checked">
        Checked {report.rows} rows: {summary(report)}. Nothing is written until you import.
      </p>
      {report.outcomes.length > 0 && (
        <DataTable
          testId="import-changes"
          caption="What the import would do"
          columns={['Line', 'Row', 'Action', 'Fields that change, or why skipped']}
        >
          {report.outcomes.map((outcome) => (
            <tr key={outcome.line}>
              <td className="num">{outcome.line}</td>
              <td>{outcome.key}</td>
              <td>{ACTION_NAMES[outcome.action] ?? outcome.action}</td>
              <td>{outcome.changes ?? outcome.reason ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <button type="button" disabled={props.busy} onClick={props.onConfirm}>
        {props.busy ? 'Importing…' : `Import ${report.rows - report.skipped} rows`}
      </button>
    </>
  );
}
