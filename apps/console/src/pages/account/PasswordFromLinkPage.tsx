import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { refusalReason } from '../../components/status';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';
import { sessionFromPayload } from '../../session/session-payload';

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...SessionPayload
    }
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      ...SessionPayload
    }
  }
`);

const TEXT = {
  invitation: {
    title: 'Choose your password',
    intro: 'You have been invited to the Careers Hub console. Choose a password to sign in.',
    button: 'Set password and sign in',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'Choose a new password. Every other session of your account will be signed out.',
    button: 'Change password and sign in',
  },
};

/** The page an emailed one-time link opens: an invitation or a password reset. */
export function PasswordFromLinkPage({
  purpose,
  withinConsole = false,
}: {
  purpose: 'invitation' | 'reset';
  /** Opened while signed in: the console's own <main> already holds it. */
  withinConsole?: boolean;
}) {
  const Landmark = withinConsole ? 'section' : 'main';
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [invitation, accept] = useMutation(AcceptInvitation);
  const [reset, resetPassword] = useMutation(ResetPassword);
  const result = purpose === 'invitation' ? invitation : reset;
  const text = TEXT[purpose];
  const invalidLink = !!result.error && refusalReason(result.error) === 'INVALID_LINK';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    const payload =
      purpose === 'invitation'
        ? (await accept({ token, password })).data?.acceptInvitation
        : (await resetPassword({ token, password })).data?.resetPassword;
    if (!payload) return;
    signIn(sessionFromPayload(payload));
    void navigate('/', { replace: true });
  }

  return (
    <Landmark
      id={withinConsole ? undefined : 'main'}
      className="sign-in"
      aria-labelledby="password-from-link-title"
    >
      <h1 id="password-from-link-title">{text.title}</h1>
      {!token ? (
        <p role="alert">This link has no token. Open the link from your email again.</p>
      ) : (
        <form onSubmit={submit} aria-label={text.title}>
          <p>{text.intro}</p>
          <LabelledInput
            label="New password (at least 10 characters)"
            type="password"
            name="new-password"
            autoComplete="new-password"
            minLength={10}
            maxLength={200}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <LabelledInput
            label="Type it again"
            type="password"
            name="confirm-password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          {mismatch && (
            <p className="notice notice-error" role="alert">
              The two passwords are not the same.
            </p>
          )}
          {invalidLink && (
            <p className="notice notice-error" role="alert">
              This link has been used already or has expired.{' '}
              {purpose === 'reset'
                ? 'Ask for a new one from the sign-in page.'
                : 'Ask your hub administrator to invite you again.'}
            </p>
          )}
          <SubmitWithError
            result={result}
            showError={!invalidLink}
            errorTitle="The password was not set"
            label={text.button}
          />
        </form>
      )}
    </Landmark>
  );
}
