import { Navigate, NavLink, Route, Routes, useSearchParams } from 'react-router';
import { YearPicker } from './components/year-picker';
import { ROLE_NAMES } from './names';
import { AccountPage } from './pages/account/AccountPage';
import { ForgotPasswordPage } from './pages/account/ForgotPasswordPage';
import { PasswordFromLinkPage } from './pages/account/PasswordFromLinkPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AdviserPage } from './pages/AdviserPage';
import { BookingPage } from './pages/BookingPage';
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
const HOME_BY_ROLE: Record<string, string> = { EMPLOYER: '/network', ADVISER: '/matches' };

export function App() {
  const { session, signOut } = useSession();
  const [params] = useSearchParams();
  if (!session) {
    return (
      <Routes>
        <Route path="/invitation" element={<PasswordFromLinkPage purpose="invitation" />} />
        <Route path="/reset-password" element={<PasswordFromLinkPage purpose="reset" />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="*" element={<SignInPage />} />
      </Routes>
    );
  }
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
          {session.user.role === 'HUB_ADMIN' && <NavLink to={`/admin/users${keep}`}>Users</NavLink>}
          <NavLink to={`/account${keep}`}>Your account</NavLink>
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
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="/invitation" element={<PasswordFromLinkPage purpose="invitation" />} />
          <Route path="/reset-password" element={<PasswordFromLinkPage purpose="reset" />} />
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
      </main>
    </div>
  );
}
