import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../../components/data-table';
import { LabelledSelect, SubmitWithError } from '../../components/form-fields';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import type { BulkImportFieldsFragment } from '../../gql/graphql';
import { useHubId } from '../../session/hub-context';

graphql(`
  fragment BulkImportFields on BulkImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    skipped
    outcomes {
      line
      key
      action
      changes
      reason
    }
    refused {
      line
      reason
    }
  }
`);

/** The institutions, Compass and FSQ imports answer the same fields under their own types. */
graphql(`
  fragment ImportReportFields on ImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    skipped
    outcomes {
      line
      key
      action
      changes
      reason
    }
    refused {
      line
      reason
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
      line
      key
      action
      changes
      reason
    }
    refused {
      line
      reason
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
      line
      key
      action
      changes
      reason
    }
    refused {
      line
      reason
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

type Kind =
  | 'INSTITUTIONS'
  | 'INSTITUTION_STATUS'
  | 'EMPLOYERS'
  | 'ADVISERS'
  | 'MATCHES'
  | 'OPPORTUNITIES'
  | 'BOOKINGS'
  | 'COMPASS'
  | 'FSQ';
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
  const [checked, setChecked] = useState<BulkImportFieldsFragment | null>(null);
  const [done, setDone] = useState<BulkImportFieldsFragment | null>(null);
  const [status, importStatus] = useMutation(ImportInstitutionStatus);
  const [advisers, importAdvisers] = useMutation(ImportAdvisers);
  const [matches, importMatches] = useMutation(ImportMatches);
  const [employers, importEmployers] = useMutation(ImportEmployers);
  const [opportunities, importOpportunities] = useMutation(ImportOpportunities);
  const [bookings, importBookings] = useMutation(ImportBookings);
  const [institutions, importInstitutions] = useMutation(ImportInstitutions);
  const [compass, importCompass] = useMutation(ImportCompass);
  const [fsq, importFsq] = useMutation(ImportFsq);
  const current = {
    INSTITUTIONS: institutions,
    INSTITUTION_STATUS: status,
    ADVISERS: advisers,
    MATCHES: matches,
    EMPLOYERS: employers,
    OPPORTUNITIES: opportunities,
    BOOKINGS: bookings,
    COMPASS: compass,
    FSQ: fsq,
  }[kind];

  async function run(dryRun: boolean) {
    if (csv === null) return null;
    const variables = { csv, dryRun, hubId };
    if (kind === 'ADVISERS') {
      const unknownEmployers = addEmployers ? 'CREATE_APPLICANT' : 'REFUSE';
      return (await importAdvisers({ ...variables, unknownEmployers })).data?.importAdvisers;
    }
    if (kind === 'MATCHES') return (await importMatches(variables)).data?.importMatches;
    if (kind === 'EMPLOYERS') return (await importEmployers(variables)).data?.importEmployers;
    if (kind === 'OPPORTUNITIES') {
      return (await importOpportunities(variables)).data?.importOpportunities;
    }
    if (kind === 'BOOKINGS') return (await importBookings(variables)).data?.importBookings;
    if (kind === 'INSTITUTIONS') {
      return (await importInstitutions(variables)).data?.importInstitutions;
    }
    if (kind === 'COMPASS') {
      return (await importCompass(variables)).data?.importCompassEvaluations;
    }
    if (kind === 'FSQ') return (await importFsq(variables)).data?.importFsqCompletions;
    return (await importStatus(variables)).data?.importInstitutionStatus;
  }

  function reset() {
    setChecked(null);
    setDone(null);
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    reset();
    setChecked((await run(true)) ?? null);
  }

  async function confirm() {
    const report = await run(false);
    if (report) {
      setChecked(null);
      setDone(report);
    }
  }

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

function summary(report: BulkImportFieldsFragment): string {
  const skipped = report.skipped > 0 ? `; ${report.skipped} skipped` : '';
  return `${report.created} added, ${report.updated} changed, ${report.unchanged} unchanged${skipped}`;
}

function CheckedFile(props: {
  report: BulkImportFieldsFragment;
  onConfirm: () => void;
  busy: boolean;
}) {
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
