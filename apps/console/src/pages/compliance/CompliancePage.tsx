import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';

const MyEmployerId = graphql(`
  query MyEmployerId {
    myEmployer {
      id
      name
    }
  }
`);

const CoverEndingSoon = graphql(`
  query CoverEndingSoon {
    insuranceEndingSoon {
      employerId
      insurer
      insuranceExpiresOn
      insuranceExpired
      employer {
        name
      }
    }
  }
`);

const Compliance = graphql(`
  query EmployerComplianceRecord($employerId: ID) {
    employerCompliance(employerId: $employerId) {
      employerId
      insurer
      policyNumber
      coverAmountPounds
      insuranceExpiresOn
      safeguardingReviewedOn
      dataProtectionStatement
      updatedAt
    }
  }
`);

const RecordCompliance = graphql(`
  mutation RecordEmployerCompliance($input: RecordEmployerComplianceInput!) {
    recordEmployerCompliance(input: $input) {
      employerId
      updatedAt
    }
  }
`);

/**
 * Employers keep their insurance, safeguarding review and data protection statement here; the
 * hub team sees whose cover runs out within 60 days and records for any employer.
 */
export function CompliancePage() {
  const { session } = useSession();
  return (
    <>
      <h1 className="page-title">Compliance</h1>
      <p>
        Before young people come to an employer’s premises, the hub needs its employer’s liability
        insurance to run until the opportunity ends, and a risk assessment of the opportunity
        (recorded on the opportunity’s page).
      </p>
      {session?.user.role === 'EMPLOYER' ? <OwnCompliance /> : <HubCompliance />}
    </>
  );
}

function OwnCompliance() {
  const [result] = useQuery({ query: MyEmployerId });
  return (
    <QueryState result={result} what="your organisation">
      {({ myEmployer }) =>
        myEmployer ? (
          <ComplianceForm employerId={myEmployer.id} title={myEmployer.name} />
        ) : (
          <EmptyState>
            Your account is not yet a contact of any employer: ask your hub to add you.
          </EmptyState>
        )
      }
    </QueryState>
  );
}

function HubCompliance() {
  const [result] = useQuery({ query: CoverEndingSoon });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="cover-ending">
      <h2 id="cover-ending">Insurance running out within 60 days</h2>
      <QueryState result={result} what="employers whose cover runs out soon">
        {({ insuranceEndingSoon }) =>
          insuranceEndingSoon.length === 0 ? (
            <EmptyState>No employer’s cover runs out within 60 days.</EmptyState>
          ) : (
            <>
              <DataTable
                testId="cover-ending"
                caption="Employers whose insurance runs out within 60 days"
                columns={['Employer', 'Insurer', 'Cover ends', '']}
              >
                {insuranceEndingSoon.map((c) => (
                  <tr key={c.employerId}>
                    <td>{c.employer.name}</td>
                    <td>{c.insurer ?? 'Not recorded'}</td>
                    <td>
                      {c.insuranceExpiresOn}
                      {c.insuranceExpired && <strong> (run out)</strong>}
                    </td>
                    <td className="col-action">
                      <button
                        type="button"
                        className="secondary"
                        aria-label={`Open the record of ${c.employer.name}`}
                        onClick={() => setOpen(c.employerId)}
                      >
                        Open the record
                      </button>
                    </td>
                  </tr>
                ))}
              </DataTable>
              {insuranceEndingSoon
                .filter((c) => c.employerId === open)
                .map((c) => (
                  <ComplianceForm
                    key={c.employerId}
                    employerId={c.employerId}
                    title={c.employer.name}
                  />
                ))}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

type Fields = {
  insurer: string;
  policyNumber: string;
  coverAmountPounds: string;
  insuranceExpiresOn: string;
  safeguardingReviewedOn: string;
  dataProtectionStatement: string;
};

/** One employer's record: shown filled in, saved as a whole (blank fields stay as they were). */
function ComplianceForm({ employerId, title }: { employerId: string; title: string }) {
  const [result] = useQuery({ query: Compliance, variables: { employerId } });
  return (
    <section aria-label={`Compliance record of ${title}`} data-testid="compliance-record">
      <h2>{title}</h2>
      <QueryState result={result} what="the compliance record">
        {({ employerCompliance: c }) => (
          <ComplianceFields
            employerId={employerId}
            initial={{
              insurer: c.insurer ?? '',
              policyNumber: c.policyNumber ?? '',
              coverAmountPounds: c.coverAmountPounds === null ? '' : String(c.coverAmountPounds),
              insuranceExpiresOn: c.insuranceExpiresOn ?? '',
              safeguardingReviewedOn: c.safeguardingReviewedOn ?? '',
              dataProtectionStatement: c.dataProtectionStatement ?? '',
            }}
            updatedAt={c.updatedAt ? String(c.updatedAt).slice(0, 10) : null}
          />
        )}
      </QueryState>
    </section>
  );
}

function ComplianceFields({
  employerId,
  initial,
  updatedAt,
}: {
  employerId: string;
  initial: Fields;
  updatedAt: string | null;
}) {
  const [f, setF] = useState<Fields>(initial);
  const [saving, save] = useMutation(RecordCompliance);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<Fields>) => {
    setSaved(false);
    setF({ ...f, ...change });
  };
  const given = (value: string) => value.trim() || undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await save({
      input: {
        employerId,
        insurer: given(f.insurer),
        policyNumber: given(f.policyNumber),
        coverAmountPounds: f.coverAmountPounds ? Number(f.coverAmountPounds) : undefined,
        insuranceExpiresOn: given(f.insuranceExpiresOn),
        safeguardingReviewedOn: given(f.safeguardingReviewedOn),
        dataProtectionStatement: given(f.dataProtectionStatement),
      },
    });
    setSaved(!r.error);
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Compliance record" className="stacked">
      <p className="muted">
        {updatedAt ? `Last recorded on ${updatedAt}.` : 'Nothing recorded yet.'}
      </p>
      <fieldset>
        <legend>Employer’s liability insurance</legend>
        <LabelledInput
          label="Insurer"
          value={f.insurer}
          maxLength={200}
          onChange={(e) => set({ insurer: e.target.value })}
        />
        <LabelledInput
          label="Policy number"
          value={f.policyNumber}
          maxLength={100}
          onChange={(e) => set({ policyNumber: e.target.value })}
        />
        <LabelledInput
          label="Cover (£)"
          type="number"
          min={1}
          step={1}
          value={f.coverAmountPounds}
          onChange={(e) => set({ coverAmountPounds: e.target.value })}
        />
        <LabelledInput
          label="Cover ends on"
          type="date"
          value={f.insuranceExpiresOn}
          onChange={(e) => set({ insuranceExpiresOn: e.target.value })}
        />
      </fieldset>
      <LabelledInput
        label="Safeguarding policy last reviewed on"
        type="date"
        value={f.safeguardingReviewedOn}
        onChange={(e) => set({ safeguardingReviewedOn: e.target.value })}
      />
      <label>
        Data protection statement
        <textarea
          value={f.dataProtectionStatement}
          maxLength={5000}
          rows={4}
          onChange={(e) => set({ dataProtectionStatement: e.target.value })}
        />
      </label>
      <SubmitWithError
        result={saving}
        errorTitle="Not recorded"
        label="Record"
        busyLabel="Recording…"
      />
      {saved && (
        <p role="status" className="notice">
          Recorded.
        </p>
      )}
    </form>
  );
}
