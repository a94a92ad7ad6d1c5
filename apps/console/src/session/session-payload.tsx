import { graphql } from '../gql';

/** What the API answers a sign-in with (login, code exchange, invitation, reset). */
export const SessionPayload = graphql(`
  fragment SessionPayload on AuthPayload {
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
`);

/** The console session from an `AuthPayload` the API answered. */
export function sessionFromPayload(payload: {
  accessToken: string;
  user: { id: string; name: string; email: string; role: string; hub?: { name: string } | null };
}) {
  const { accessToken, user } = payload;
  return {
    token: accessToken,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      hubName: user.hub?.name ?? null,
    },
  };
}
