import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import { SizeBand } from '../../gql/graphql';
import {
  checkEmail,
  checkPhone,
  Field,
  focusProblems,
  HubChooser,
  Problems,
  ProblemSummary,
  PublicPage,
  required,
} from './public-form';

const ApplyToJoinNetwork = graphql(`
  mutation ApplyToJoinNetwork($input: ApplyToJoinNetworkInput!) {
    applyToJoinNetwork(input: $input)
  }
`);

const SIZE_NAMES: Record<SizeBand, string> = {
  MICRO: 'Fewer than 10 staff',
  SMALL: '10 to 49 staff',
  MEDIUM: '50 to 249 staff',
  LARGE: '250 staff or more',
};

const EMPTY = {
  hubCode: '',
  organisationName: '',
  sector: '',
  sizeBand: '' as SizeBand | '',
  website: '',
  contactName: '',
  contactEmail: '',
  phone: '',
};

function problemsOf(form: typeof EMPTY): Problems {
  const problems: Problems = {};
  required(problems, 'hubCode', form.hubCode, 'Choose the Careers Hub whose network to join');
  required(problems, 'organisationName', form.organisationName, 'Enter your organisation’s name');
  required(problems, 'sector', form.sector, 'Enter your organisation’s sector');
  required(problems, 'sizeBand', form.sizeBand, 'Choose how many staff your organisation has');
  if (form.website.trim() && !/^https?:\/\/\S+$/.test(form.website.trim()))
    problems.website = 'Enter a website address starting with http:// or https://';
  required(problems, 'contactName', form.contactName, 'Enter your name');
  checkEmail(problems, 'contactEmail', form.contactEmail);
  checkPhone(problems, 'phone', form.phone);
  return problems;
}

/** An organisation's public application to join a hub's employer network (no sign-in). */
export function JoinNetworkPage() {
  const [form, setForm] = useState(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [result, apply] = useMutation(ApplyToJoinNetwork);
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOf(form);
    setProblems(found);
    if (Object.keys(found).length) return focusProblems();
    await apply({
      input: {
        hubCode: form.hubCode,
        organisationName: form.organisationName.trim(),
        sector: form.sector.trim(),
        sizeBand: form.sizeBand as SizeBand,
        website: form.website.trim() || null,
        contactName: form.contactName.trim(),
        contactEmail: form.contactEmail.trim(),
        phone: form.phone.trim() || null,
      },
    });
  }

  if (result.data)
    return (
      <PublicPage title="Application received">
        <div role="status" data-testid="application-received">
          <p>Thank you: your application to join the employer network has been sent.</p>
          <h2>What happens next</h2>
          <ol>
            <li>The hub team reviews it, usually within ten working days.</li>
            <li>
              If they approve it, {form.contactEmail.trim()} receives an email with a link to choose
              a password for the Careers Hub console. The link works for 7 days.
            </li>
            <li>
              In the console you can then publish opportunities for schools and colleges and join
              sector groups.
            </li>
          </ol>
          <p>If you do not hear from the hub, contact the hub team directly.</p>
        </div>
      </PublicPage>
    );

  return (
    <PublicPage title="Join the employer network">
      <p>
        Employers in a Careers Hub’s network offer encounters with the world of work to schools and
        colleges. Apply here; the hub team approves each application. All fields are required unless
        marked optional.
      </p>
      <form onSubmit={submit} aria-label="Apply to join the employer network" noValidate>
        <ProblemSummary problems={problems} />
        <HubChooser value={form.hubCode} onChange={set('hubCode')} problems={problems} />
        <Field id="organisationName" label="Organisation name" problems={problems}>
          {(p) => (
            <input
              {...p}
              autoComplete="organization"
              value={form.organisationName}
              onChange={(e) => set('organisationName')(e.target.value)}
            />
          )}
        </Field>
        <Field id="sector" label="Sector" hint="For example Digital & Gaming" problems={problems}>
          {(p) => (
            <input {...p} value={form.sector} onChange={(e) => set('sector')(e.target.value)} />
          )}
        </Field>
        <Field id="sizeBand" label="Size" problems={problems}>
          {(p) => (
            <select {...p} value={form.sizeBand} onChange={(e) => set('sizeBand')(e.target.value)}>
              <option value="">Choose a size</option>
              {Object.entries(SIZE_NAMES).map(([band, name]) => (
                <option key={band} value={band}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="website" label="Website (optional)" problems={problems}>
          {(p) => (
            <input
              {...p}
              type="url"
              autoComplete="url"
              value={form.website}
              onChange={(e) => set('website')(e.target.value)}
            />
          )}
        </Field>
        <Field id="contactName" label="Your name" problems={problems}>
          {(p) => (
            <input
              {...p}
              autoComplete="name"
              value={form.contactName}
              onChange={(e) => set('contactName')(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="contactEmail"
          label="Your email"
          hint="Approval sends an invitation to this address"
          problems={problems}
        >
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={form.contactEmail}
              onChange={(e) => set('contactEmail')(e.target.value)}
            />
          )}
        </Field>
        <Field id="phone" label="Your phone number (optional)" problems={problems}>
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
        {result.error && <ErrorNotice error={result.error} title="The application was not sent" />}
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Sending…' : 'Send application'}
        </button>
      </form>
    </PublicPage>
  );
}
