import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [result, request] = useMutation(RequestPasswordReset);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await request({ email });
  }

  return (
    <main id="main" className="sign-in">
      <h1>Reset your password</h1>
      {result.data ? (
        <p role="status">
          If an account has the email {email}, a link to choose a new password is on its way. It
          works once, for one hour.
        </p>
      ) : (
        <form onSubmit={submit} aria-label="Reset your password">
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
          {result.error && <ErrorNotice error={result.error} title="No link was sent" />}
          <button type="submit" disabled={result.fetching}>
            Email me a link
          </button>
        </form>
      )}
      <p>
        <Link to="/">Back to sign in</Link>
      </p>
    </main>
  );
}
