import { Navigate, NavLink, Route, Routes, useSearchParams } from 'react-router';
import { YearPicker } from './components/year-picker';
import { ROLE_NAMES } from './names';
import { AdviserHomePage } from './pages/adviser/AdviserHomePage';
import { AdviserPage } from './pages/AdviserPage';
import { BookingPage } from './pages/BookingPage';
import { EmployerHomePage } from './pages/employer/EmployerHomePage';
import { MatchesPage } from './pages/MatchesPage';
import { MatchPage } from './pages/MatchPage';
import { NetworkPage } from './pages/NetworkPage';
import { NotificationsNavLink } from './pages/notifications/unread-count';
import { NotificationsPage } from './pages/NotificationsPage';
import { OpportunityPage } from './pages/OpportunityPage';
import { OverviewPage } from './pages/OverviewPage';
import { SignInPage } from './pages/SignInPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { useSession } from './session/session';

/** Where each role lands: the page it acts on most. */
const HOME_BY_ROLE: Record<string, string> = { EMPLOYER: '/employer', ADVISER: '/adviser' };

export function App() {
  const { session, signOut } = useSession();
  const [params] = useSearchParams();
  if (!session) return <SignInPage />;
  const keep = params.get('year') ? `?year=${encodeURIComponent(params.get('year')!)}` : '';
  const home = HOME_BY_ROLE[session.user.role] ?? '/overview';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          Careers Hub console
          {session.user.hubName && <span className="hub-name"> · {session.user.hubName}</span>}
        </div>
        <nav aria-label="Console pages">
          <NavLink to={`/overview${keep}`}>Hub overview</NavLink>
          <NavLink to={`/matching${keep}`}>Matching</NavLink>
          <NavLink to={`/network${keep}`}>Network</NavLink>
          <NavLink to={`/matches${keep}`}>Matches</NavLink>
          <NotificationsNavLink search={keep} />
        </nav>
        <YearPicker />
        <div className="who">
          <span data-testid="signed-in-as">
            {session.user.name} ({ROLE_NAMES[session.user.role] ?? session.user.role})
          </span>
          <button type="button" className="secondary" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/overview" element={<OverviewPage />} />
          <Route path="/matching" element={<WorkbenchPage />} />
          <Route path="/network" element={<NetworkPage />} />
          <Route path="/matches" element={<MatchesPage />} />
          <Route path="/matches/:matchId" element={<MatchPage />} />
          <Route path="/bookings/:bookingId" element={<BookingPage />} />
          <Route path="/opportunities/:opportunityId" element={<OpportunityPage />} />
          <Route path="/advisers/:adviserId" element={<AdviserPage />} />
          <Route path="/employer" element={<EmployerHomePage />} />
          <Route path="/adviser" element={<AdviserHomePage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
      </main>
    </div>
  );
}
