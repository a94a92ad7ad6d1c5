/** The console session from an `AuthPayload` the API answered (login, invitation, reset). */
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
