import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { SizeBand } from '../../gql/graphql';
import {
  checkEmail,
  checkPhone,
  Field,
  HubChooser,
  Problems,
  PublicForm,
  PublicReceipt,
  required,
  TextField,
  usePublicForm,
} from './public-form';
import { SectorGroupChooser } from './SectorGroupChooser';

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
  const [result, apply] = useMutation(ApplyToJoinNetwork);
  /** Sector groups of interest: always the chosen hub's, so cleared when the hub changes. */
  const [sectorGroupIds, setSectorGroupIds] = useState<string[]>([]);
  const { form, problems, set, bind, submit } = usePublicForm(EMPTY, problemsOf, (form) =>
    apply({
      input: {
        hubCode: form.hubCode,
        organisationName: form.organisationName.trim(),
        sector: form.sector.trim(),
        sizeBand: form.sizeBand as SizeBand,
        website: form.website.trim() || null,
        contactName: form.contactName.trim(),
        contactEmail: form.contactEmail.trim(),
        phone: form.phone.trim() || null,
        sectorGroupIds,
      },
    }),
  );

  if (result.data)
    return (
      <PublicReceipt title="Application received" testId="application-received">
        <p>Thank you: your application to join the employer network has been sent.</p>
        <h2>What happens next</h2>
        <ol>
          <li>The hub team reviews it, usually within ten working days.</li>
          <li>
            If they approve it, {form.contactEmail.trim()} receives an email with a link to choose a
            password for the Careers Hub console. The link works for 7 days.
          </li>
          <li>
            In the console you can then publish opportunities for schools and colleges and join
            sector groups.
          </li>
        </ol>
        <p>If you do not hear from the hub, contact the hub team directly.</p>
      </PublicReceipt>
    );

  return (
    <PublicForm
      title="Join the employer network"
      label="Apply to join the employer network"
      intro="Employers in a Careers Hub’s network offer encounters with the world of work to schools and colleges. Apply here; the hub team approves each application. All fields are required unless marked optional."
      problems={problems}
      onSubmit={submit}
      result={result}
      errorTitle="The application was not sent"
      sendLabel="Send application"
    >
      <HubChooser
        value={form.hubCode}
        onChange={(code) => {
          set('hubCode')(code);
          setSectorGroupIds([]);
        }}
        problems={problems}
      />
      <TextField
        {...bind('organisationName')}
        label="Organisation name"
        autoComplete="organization"
      />
      <TextField {...bind('sector')} label="Sector" hint="For example Digital & Gaming" />
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
      <TextField {...bind('website')} label="Website (optional)" type="url" autoComplete="url" />
      <SectorGroupChooser
        hubCode={form.hubCode}
        chosen={sectorGroupIds}
        onChange={setSectorGroupIds}
      />
      <TextField {...bind('contactName')} label="Your name" autoComplete="name" />
      <TextField
        {...bind('contactEmail')}
        label="Your email"
        hint="Approval sends an invitation to this address"
        type="email"
        autoComplete="email"
      />
      <TextField
        {...bind('phone')}
        label="Your phone number (optional)"
        type="tel"
        autoComplete="tel"
      />
    </PublicForm>
  );
}
