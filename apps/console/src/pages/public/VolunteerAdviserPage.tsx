import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import {
  checkEmail,
  checkPhone,
  Field,
  focusProblems,
  HubChooser,
  listOf,
  Problems,
  ProblemSummary,
  PublicPage,
  required,
} from './public-form';

const ExpressInterestAsAdviser = graphql(`
  mutation ExpressInterestAsAdviser($input: ExpressInterestAsAdviserInput!) {
    expressInterestAsAdviser(input: $input)
  }
`);

const EMPTY = {
  hubCode: '',
  name: '',
  email: '',
  phone: '',
  employerName: '',
  sectors: '',
  localAuthorityCodes: '',
  availabilityNote: '',
};

function problemsOf(form: typeof EMPTY): Problems {
  const problems: Problems = {};
  required(problems, 'hubCode', form.hubCode, 'Choose the Careers Hub to volunteer with');
  required(problems, 'name', form.name, 'Enter your full name');
  checkEmail(problems, 'email', form.email);
  checkPhone(problems, 'phone', form.phone);
  if (!listOf(form.sectors).length) problems.sectors = 'Enter at least one sector you know';
  if (listOf(form.localAuthorityCodes).some((code) => !/^\d{3}$/.test(code)))
    problems.localAuthorityCodes = 'Enter local authority codes of 3 digits, like 341';
  required(problems, 'availabilityNote', form.availabilityNote, 'Say when you could help');
  return problems;
}

/** A volunteer's public expression of interest in becoming an Enterprise Adviser (no sign-in). */
export function VolunteerAdviserPage() {
  const [form, setForm] = useState(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [result, express] = useMutation(ExpressInterestAsAdviser);
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOf(form);
    setProblems(found);
    if (Object.keys(found).length) return focusProblems();
    await express({
      input: {
        hubCode: form.hubCode,
        name: form.name.trim(),
        email: form.email.trim(),
        phone: form.phone.trim() || null,
        employerName: form.employerName.trim() || null,
        sectors: listOf(form.sectors),
        localAuthorityCodes: listOf(form.localAuthorityCodes),
        availabilityNote: form.availabilityNote.trim(),
      },
    });
  }

  if (result.data)
    return (
      <PublicPage title="Thank you for volunteering">
        <div role="status" data-testid="interest-received">
          <p>Your interest in becoming an Enterprise Adviser has been sent to the hub team.</p>
          <h2>What happens next</h2>
          <ol>
            <li>The hub team gets in touch to talk it through and arrange your induction.</li>
            <li>
              Once they approve you, {form.email.trim()} receives an email with a link to choose a
              password for the Careers Hub console. The link works for 7 days.
            </li>
            <li>
              The hub then proposes a school or college for you to support; you accept or decline
              each proposal in the console.
            </li>
          </ol>
        </div>
      </PublicPage>
    );

  return (
    <PublicPage title="Volunteer as an Enterprise Adviser">
      <p>
        Enterprise Advisers are volunteers from business who help a school or college’s leadership
        shape its careers programme. Tell the hub team about yourself. All fields are required
        unless marked optional.
      </p>
      <form onSubmit={submit} aria-label="Volunteer as an Enterprise Adviser" noValidate>
        <ProblemSummary problems={problems} />
        <HubChooser value={form.hubCode} onChange={set('hubCode')} problems={problems} />
        <Field id="name" label="Full name" problems={problems}>
          {(p) => (
            <input
              {...p}
              autoComplete="name"
              value={form.name}
              onChange={(e) => set('name')(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="email"
          label="Email"
          hint="Approval sends an invitation to this address"
          problems={problems}
        >
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => set('email')(e.target.value)}
            />
          )}
        </Field>
        <Field id="phone" label="Phone number (optional)" problems={problems}>
          {(p) => (
            <input
              {...p}
              type="tel"
              autoComplete="tel"
              value={form.phone}
              onChange={(e) => set('phone')(e.target.value)}
            />
          )}
        </Field>
        <Field id="employerName" label="Who you work for (optional)" problems={problems}>
          {(p) => (
            <input
              {...p}
              autoComplete="organization"
              value={form.employerName}
              onChange={(e) => set('employerName')(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="sectors"
          label="Sectors you know"
          hint="Separate them with commas, for example Finance, Digital & Gaming"
          problems={problems}
        >
          {(p) => (
            <input {...p} value={form.sectors} onChange={(e) => set('sectors')(e.target.value)} />
          )}
        </Field>
        <Field
          id="localAuthorityCodes"
          label="Local authorities you can reach (optional)"
          hint="Their 3-digit codes, separated by commas, for example 341, 343"
          problems={problems}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={form.localAuthorityCodes}
              onChange={(e) => set('localAuthorityCodes')(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="availabilityNote"
          label="When you could help"
          hint="For example one afternoon a month, term time only"
          problems={problems}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={form.availabilityNote}
              onChange={(e) => set('availabilityNote')(e.target.value)}
            />
          )}
        </Field>
        {result.error && <ErrorNotice error={result.error} title="Your interest was not sent" />}
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Sending…' : 'Send'}
        </button>
      </form>
    </PublicPage>
  );
}
