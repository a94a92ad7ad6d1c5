import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AccountEmailInput, LabelledInput, SubmitWithError } from '../components/form-fields';
import { ErrorNotice } from '../components/status';
import { graphql } from '../gql';
import { useSession } from '../session/session';
import { sessionFromPayload } from '../session/session-payload';

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionPayload
    }
  }
`);

const SignInProviders = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
      startPath
    }
  }
`);

const ExchangeSignInCode = graphql(`
  mutation ExchangeSignInCode($code: String!) {
    exchangeSignInCode(code: $code) {
      ...SessionPayload
    }
  }
`);

let signInCode: string | null | undefined;

/**
 * The one-time code a sign-in with Google or Microsoft hands the console in the address's
 * fragment: read once, then taken out of the address so it is not kept in the history.
 */
function takeSignInCode(): string | null {
  if (signInCode === undefined) {
    signInCode = new URLSearchParams(window.location.hash.slice(1)).get('sign-in-code');
    if (signInCode) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  }
  return signInCode;
}

export function SignInPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(SignIn);
  const [exchange, exchangeCode] = useMutation(ExchangeSignInCode);
  const [providers] = useQuery({ query: SignInProviders });
  const exchanged = useRef(false);

  useEffect(() => {
    const code = takeSignInCode();
    if (!code || exchanged.current) return;
    exchanged.current = true;
    void exchangeCode({ code }).then(({ data }) => {
      if (data) signIn(sessionFromPayload(data.exchangeSignInCode));
    });
  }, [exchangeCode, signIn]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await login({ email, password });
    if (data) signIn(sessionFromPayload(data.login));
  }

  const others = providers.data?.signInProviders ?? [];

  return (
    <main id="main" className="sign-in">
      <h1>Careers Hub console</h1>
      <p>Sign in with your Careers Hub Network account.</p>
      <form onSubmit={submit} aria-label="Sign in">
        <AccountEmailInput value={email} onChange={setEmail} />
        <LabelledInput
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <SubmitWithError
          result={result}
          errorTitle="Sign-in failed"
          label="Sign in"
          busyLabel="Signing in…"
        />
      </form>
      {exchange.fetching && <p role="status">Signing you in…</p>}
      {exchange.error && <ErrorNotice error={exchange.error} title="Sign-in failed" />}
      {others.length > 0 && (
        <nav aria-label="Other ways to sign in" className="sign-in-providers">
          <p>Or use the account your school or organisation gave you:</p>
          <ul>
            {others.map((provider) => (
              <li key={provider.id}>
                <a href={provider.startPath}>Sign in with {provider.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <nav aria-label="New to the Careers Hub Network" className="sign-in-join">
        <p>New to the Careers Hub Network?</p>
        <ul>
          <li>
            <Link to="/join-the-network">Join the employer network</Link>
          </li>
          <li>
            <Link to="/volunteer-as-an-adviser">Volunteer as an Enterprise Adviser</Link>
          </li>
        </ul>
      </nav>
    </main>
  );
}
