import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { isNationalAdmin } from '../navigation';
import { createGraphqlClient } from './graphql-client';
import { clearQueueBoardCookie, setQueueBoardCookie } from './queue-board-cookie';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: string;
  hubName: string | null;
}

interface Session {
  token: string;
  user: SignedInUser;
}

interface SessionContextValue {
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
}

/** Kept for the browser tab only: closing the tab signs out. */
const STORAGE_KEY = 'chn.console.session';

function storedSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Holds the signed-in user and gives the app a GraphQL client that sends their token. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);

  const signIn = useCallback((next: Session) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    // Only a national administrator may open the queue board, so only they carry its cookie.
    if (isNationalAdmin(next.user)) setQueueBoardCookie(next.token);
    else clearQueueBoardCookie();
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    clearQueueBoardCookie();
    setSession(null);
  }, []);

  // A new client per token, so nothing cached for one user is ever shown to the next.
  const token = session?.token ?? null;
  const client = useMemo(() => createGraphqlClient(token, signOut), [token, signOut]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);

  return (
    <SessionContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
