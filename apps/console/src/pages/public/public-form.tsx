import { FormEvent, InputHTMLAttributes, ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { CombinedError, useQuery } from 'urql';
import { SubmitWithError } from '../../components/form-fields';
import { graphql } from '../../gql';

const PublicHubs = graphql(`
  query PublicHubs {
    publicHubs {
      code
      name
    }
  }
`);

/** What is wrong with each field of a public form, by field name; empty when it can be sent. */
export type Problems = Record<string, string>;

/** Digits and spaces with an optional leading +: what the API accepts as a phone number. */
const PHONE = /^\+?[0-9 ]{10,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function required(problems: Problems, field: string, value: string, message: string) {
  if (!value.trim()) problems[field] = message;
}

export function checkEmail(problems: Problems, field: string, value: string) {
  if (!value.trim()) problems[field] = 'Enter your email address';
  else if (!EMAIL.test(value.trim()))
    problems[field] = 'Enter an email address like name@example.org';
}

export function checkPhone(problems: Problems, field: string, value: string) {
  if (value.trim() && !PHONE.test(value.trim()))
    problems[field] = 'Enter a phone number of 10 to 20 digits, like 0151 123 4567';
}

/** A comma-separated answer as a list, blanks left out. */
export function listOf(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The page around a public form: its own landmark, heading and a way back to sign in. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="sign-in public-form">
      <h1>{title}</h1>
      {children}
      <p>
        <Link to="/">Back to sign in</Link>
      </p>
    </main>
  );
}

/** The problems found, listed at the top of the form with links to the fields (focus moves here). */
export function ProblemSummary({ problems }: { problems: Problems }) {
  const entries = Object.entries(problems);
  if (!entries.length) return null;
  return (
    <div className="notice notice-error" role="alert" tabIndex={-1} data-testid="problems">
      <h2>There is a problem</h2>
      <ul className="problem-list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled field whose problem, if any, is shown under the label and read with the field. */
export function Field({
  id,
  label,
  hint,
  problems,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  problems: Problems;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}) {
  const problem = problems[id];
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'field field-problem' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div id={`${id}-hint`} className="muted">
          {hint}
        </div>
      )}
      {problem && (
        <div id={`${id}-problem`} className="field-error">
          {problem}
        </div>
      )}
      {children({
        id,
        name: id,
        'aria-invalid': Boolean(problem),
        'aria-describedby': described || undefined,
      })}
    </div>
  );
}

/** Which hub to apply to, from the hubs anyone may see. */
export function HubChooser({
  value,
  onChange,
  problems,
}: {
  value: string;
  onChange: (code: string) => void;
  problems: Problems;
}) {
  const [hubs] = useQuery({ query: PublicHubs });
  return (
    <Field id="hubCode" label="Careers Hub" problems={problems}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{hubs.fetching ? 'Loading the hubs…' : 'Choose a hub'}</option>
          {(hubs.data?.publicHubs ?? []).map((hub) => (
            <option key={hub.code} value={hub.code}>
              {hub.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Moves focus to the problem summary once it is drawn, so screen readers hear it. */
export function focusProblems() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[data-testid="problems"]')?.focus(),
  );
}

/** A public form's answers, the problems found with them, and a submit that sends them only when
 * there are none (otherwise focus moves to the problem summary). */
export function usePublicForm<F extends Record<string, string>>(
  empty: F,
  problemsOf: (form: F) => Problems,
  send: (form: F) => Promise<unknown>,
) {
  const [form, setForm] = useState(empty);
  const [problems, setProblems] = useState<Problems>({});
  const set = (field: keyof F) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  /** What a `TextField` (or a `Field` drawn by hand) needs for one answer. */
  const bind = (field: keyof F & string) => ({
    id: field,
    problems,
    value: form[field],
    onChange: set(field),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOf(form);
    setProblems(found);
    if (Object.keys(found).length) return focusProblems();
    await send(form);
  }

  return { form, problems, set, bind, submit };
}

/** A one-line answer in a `Field`. */
export function TextField({
  id,
  label,
  hint,
  problems,
  value,
  onChange,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  problems: Problems;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <Field id={id} label={label} hint={hint} problems={problems}>
      {(props) => (
        <input {...input} {...props} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** A public form on its page: the intro, the problem summary, the fields, then the send button. */
export function PublicForm({
  title,
  label,
  intro,
  problems,
  onSubmit,
  result,
  errorTitle,
  sendLabel,
  children,
}: {
  title: string;
  label: string;
  intro: ReactNode;
  problems: Problems;
  onSubmit: (event: FormEvent) => void;
  result: { fetching: boolean; error?: CombinedError };
  errorTitle: string;
  sendLabel: string;
  children: ReactNode;
}) {
  return (
    <PublicPage title={title}>
      <p>{intro}</p>
      <form onSubmit={onSubmit} aria-label={label} noValidate>
        <ProblemSummary problems={problems} />
        {children}
        <SubmitWithError
          result={result}
          errorTitle={errorTitle}
          label={sendLabel}
          busyLabel="Sending…"
        />
      </form>
    </PublicPage>
  );
}

/** What a sent public form's page shows instead: what was received and what happens next. */
export function PublicReceipt({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <PublicPage title={title}>
      <div role="status" data-testid={testId}>
        {children}
      </div>
    </PublicPage>
  );
}
