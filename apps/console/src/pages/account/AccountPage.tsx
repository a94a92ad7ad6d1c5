import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      accessToken
    }
  }
`);

const SignOutEverywhere = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** The signed-in person's account: change the password, sign out of every session. */
export function AccountPage() {
  const { session, signIn, signOut } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [changed, change] = useMutation(ChangePassword);
  const [everywhere, signOutAll] = useMutation(SignOutEverywhere);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await change({ currentPassword, newPassword });
    if (data && session) {
      signIn({ ...session, token: data.changePassword.accessToken });
      setCurrent('');
      setNew('');
    }
  }

  async function outEverywhere() {
    const { data } = await signOutAll({});
    if (data) signOut();
  }

  return (
    <>
      <h1>Your account</h1>
      <p>
        {session?.user.name} · {session?.user.email}
      </p>
      <section aria-labelledby="change-password">
        <h2 id="change-password">Change your password</h2>
        <form onSubmit={submit} aria-label="Change your password">
          <label>
            Current password
            <input
              type="password"
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </label>
          <label>
            New password (at least 10 characters)
            <input
              type="password"
              autoComplete="new-password"
              minLength={10}
              maxLength={200}
              required
              value={newPassword}
              onChange={(e) => setNew(e.target.value)}
            />
          </label>
          {changed.error && (
            <ErrorNotice error={changed.error} title="The password was not changed" />
          )}
          {changed.data && !changed.error && (
            <p role="status">Password changed. Your other sessions have been signed out.</p>
          )}
          <button type="submit" disabled={changed.fetching}>
            Change password
          </button>
        </form>
      </section>
      <section aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere">Sign out everywhere</h2>
        <p>Signs out every browser and device where your account is signed in, this one too.</p>
        {everywhere.error && <ErrorNotice error={everywhere.error} />}
        <button type="button" className="secondary" onClick={() => void outEverywhere()}>
          Sign out everywhere
        </button>
      </section>
    </>
  );
}
