import { useMutation } from 'urql';
import { graphql } from '../../gql';
import {
  checkEmail,
  checkPhone,
  Field,
  HubChooser,
  listOf,
  Problems,
  PublicForm,
  PublicReceipt,
  required,
  TextField,
  usePublicForm,
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
  const [result, express] = useMutation(ExpressInterestAsAdviser);
  const { form, problems, set, bind, submit } = usePublicForm(EMPTY, problemsOf, (form) =>
    express({
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
    }),
  );

  if (result.data)
    return (
      <PublicReceipt title="Thank you for volunteering" testId="interest-received">
        <p>Your interest in becoming an Enterprise Adviser has been sent to the hub team.</p>
        <h2>What happens next</h2>
        <ol>
          <li>The hub team gets in touch to talk it through and arrange your induction.</li>
          <li>
            Once they approve you, {form.email.trim()} receives an email with a link to choose a
            password for the Careers Hub console. The link works for 7 days.
          </li>
          <li>
            The hub then proposes a school or college for you to support; you accept or decline each
            proposal in the console.
          </li>
        </ol>
      </PublicReceipt>
    );

  return (
    <PublicForm
      title="Volunteer as an Enterprise Adviser"
      label="Volunteer as an Enterprise Adviser"
      intro="Enterprise Advisers are volunteers from business who help a school or college’s leadership shape its careers programme. Tell the hub team about yourself. All fields are required unless marked optional."
      problems={problems}
      onSubmit={submit}
      result={result}
      errorTitle="Your interest was not sent"
      sendLabel="Send"
    >
      <HubChooser value={form.hubCode} onChange={set('hubCode')} problems={problems} />
      <TextField {...bind('name')} label="Full name" autoComplete="name" />
      <TextField
        {...bind('email')}
        label="Email"
        hint="Approval sends an invitation to this address"
        type="email"
        autoComplete="email"
      />
      <TextField {...bind('phone')} label="Phone number (optional)" type="tel" autoComplete="tel" />
      <TextField
        {...bind('employerName')}
        label="Who you work for (optional)"
        autoComplete="organization"
      />
      <TextField
        {...bind('sectors')}
        label="Sectors you know"
        hint="Separate them with commas, for example Finance, Digital & Gaming"
      />
      <TextField
        {...bind('localAuthorityCodes')}
        label="Local authorities you can reach (optional)"
        hint="Their 3-digit codes, separated by commas, for example 341, 343"
        inputMode="numeric"
      />
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
    </PublicForm>
  );
}
