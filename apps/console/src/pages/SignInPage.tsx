import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/status';
import { graphql } from '../gql';
import { useSession } from '../session/session';

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        id
        name
        email
        role
        hub {
          name
        }
      }
    }
  }
`);

export function SignInPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(SignIn);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await login({ email, password });
    if (data) {
      const { accessToken, user } = data.login;
      signIn({
        token: accessToken,
        user: { ...user, hubName: user.hub?.name ?? null },
      });
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>Careers Hub console</h1>
      <p>Sign in with your Careers Hub Network account.</p>
      <form onSubmit={submit} aria-label="Sign in">
        <label>
          Email
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {result.error && <ErrorNotice error={result.error} title="Sign-in failed" />}
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
    </main>
  );
}
