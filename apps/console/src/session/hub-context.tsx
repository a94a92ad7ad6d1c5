import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { isNationalAdmin } from '../navigation';
import { useSession } from './session';

interface PickedHub {
  id: string;
  name: string;
}

interface HubContextValue {
  /** Whether this user must pick a hub to work on (a national administrator). */
  picks: boolean;
  /** The hub picked, if any; pages pass `hub?.id` as `hubId` (undefined for everyone else,
   * whom the API keeps to their own hub). */
  hub: PickedHub | null;
  pick: (hub: PickedHub | null) => void;
}

/** Remembered in the browser across tabs and sign-ins: the hub a national admin last worked on. */
const STORAGE_KEY = 'chn.console.hub';

function storedHub(): PickedHub | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as PickedHub) : null;
  } catch {
    return null;
  }
}

const HubContext = createContext<HubContextValue | null>(null);

export function HubProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [picked, setPicked] = useState<PickedHub | null>(storedHub);
  const picks = session ? isNationalAdmin(session.user) : false;

  const pick = useCallback((next: PickedHub | null) => {
    if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else localStorage.removeItem(STORAGE_KEY);
    setPicked(next);
  }, []);
  const value = useMemo(() => ({ picks, hub: picks ? picked : null, pick }), [picks, picked, pick]);
  return <HubContext.Provider value={value}>{children}</HubContext.Provider>;
}

export function useHub(): HubContextValue {
  const value = useContext(HubContext);
  if (!value) throw new Error('useHub outside HubProvider');
  return value;
}

/** The `hubId` to send: the picked hub for a national administrator, otherwise none. */
export function useHubId(): string | undefined {
  return useHub().hub?.id;
}
