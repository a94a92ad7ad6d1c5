import { ComponentType, lazy, ReactNode, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes, useSearchParams } from 'react-router';
import { HubPicker } from './components/hub-picker';
import { Loading } from './components/status';
import { YearPicker } from './components/year-picker';
import { useFocusRescue } from './focus-rescue';
import { ROLE_NAMES } from './names';
import { homeFor, navFor } from './navigation';
import { NotificationsNavLink } from './pages/notifications/unread-count';
import { ForgotPasswordPage } from './pages/account/ForgotPasswordPage';
import { PasswordFromLinkPage } from './pages/account/PasswordFromLinkPage';
import { SignInPage } from './pages/SignInPage';
import { useHub } from './session/hub-context';
import { useSession } from './session/session';

/** A page loaded with its route only, so signing in downloads none of them (nor Recharts). */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const OverviewPage = page(() => import('./pages/OverviewPage'), 'OverviewPage');
const WorkbenchPage = page(() => import('./pages/WorkbenchPage'), 'WorkbenchPage');
const NetworkPage = page(() => import('./pages/NetworkPage'), 'NetworkPage');
const MatchesPage = page(() => import('./pages/MatchesPage'), 'MatchesPage');
const MatchPage = page(() => import('./pages/MatchPage'), 'MatchPage');
const BookingPage = page(() => import('./pages/BookingPage'), 'BookingPage');
const OpportunityPage = page(() => import('./pages/OpportunityPage'), 'OpportunityPage');
const AdviserPage = page(() => import('./pages/AdviserPage'), 'AdviserPage');
const NotificationsPage = page(() => import('./pages/NotificationsPage'), 'NotificationsPage');
const HubsPage = page(() => import('./pages/HubsPage'), 'HubsPage');
const ApprovalsPage = page(() => import('./pages/approvals/ApprovalsPage'), 'ApprovalsPage');
const CompliancePage = page(() => import('./pages/compliance/CompliancePage'), 'CompliancePage');
const ProgrammesPage = page(() => import('./pages/programmes/ProgrammesPage'), 'ProgrammesPage');
const ProgrammePage = page(() => import('./pages/programmes/ProgrammePage'), 'ProgrammePage');
const AccountPage = page(() => import('./pages/account/AccountPage'), 'AccountPage');
const ImportsPage = page(() => import('./pages/imports/ImportsPage'), 'ImportsPage');
const UsersPage = page(() => import('./pages/admin/UsersPage'), 'UsersPage');
const NationalReferencePage = page(
  () => import('./pages/national/NationalReferencePage'),
  'NationalReferencePage',
);
const EmployerHomePage = page(
  () => import('./pages/employer/EmployerHomePage'),
  'EmployerHomePage',
);
const AdviserHomePage = page(() => import('./pages/adviser/AdviserHomePage'), 'AdviserHomePage');
const JoinNetworkPage = page(() => import('./pages/public/JoinNetworkPage'), 'JoinNetworkPage');
const VolunteerAdviserPage = page(
  () => import('./pages/public/VolunteerAdviserPage'),
  'VolunteerAdviserPage',
);
const EventsPage = page(() => import('./pages/events/EventsPage'), 'EventsPage');
const EventPage = page(() => import('./pages/events/EventPage'), 'EventPage');
const PublicEventPage = page(() => import('./pages/events/PublicEventPage'), 'PublicEventPage');
const ConfirmRegistrationPage = page(
  () => import('./pages/events/ConfirmRegistrationPage'),
  'ConfirmRegistrationPage',
);
const CareersLeaderHomePage = page(
  () => import('./pages/careers-leader/CareersLeaderHomePage'),
  'CareersLeaderHomePage',
);

export function App() {
  const { session, signOut } = useSession();
  const { picks, hub } = useHub();
  const [params] = useSearchParams();
  useFocusRescue();
  if (!session) {
    return (
      <Suspense fallback={<Loading what="the page" />}>
        <Routes>
          <Route path="/invitation" element={<PasswordFromLinkPage purpose="invitation" />} />
          <Route path="/reset-password" element={<PasswordFromLinkPage purpose="reset" />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/join-the-network" element={<JoinNetworkPage />} />
          <Route path="/volunteer-as-an-adviser" element={<VolunteerAdviserPage />} />
          <Route path="/events/public/:token" element={<PublicEventPage />} />
          <Route path="/events/confirm" element={<ConfirmRegistrationPage />} />
          <Route path="*" element={<SignInPage />} />
        </Routes>
      </Suspense>
    );
  }
  const keep = params.get('year') ? `?year=${encodeURIComponent(params.get('year')!)}` : '';
  const home = homeFor(session.user);
  const hubName = picks ? hub?.name : session.user.hubName;
  /** A page about one hub: a national administrator picks which first. */
  const ofHub = (element: ReactNode) => (picks && !hub ? <PickAHub /> : element);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          Careers Hub console
          {hubName && <span className="hub-name"> · {hubName}</span>}
        </div>
        <nav aria-label="Console pages">
          {navFor(session.user).map((entry) =>
            entry.external ? (
              <a key={entry.to} href={entry.to}>
                {entry.label}
              </a>
            ) : (
              <NavLink key={entry.to} to={`${entry.to}${keep}`}>
                {entry.label}
              </NavLink>
            ),
          )}
          <NotificationsNavLink search={keep} />
          <NavLink to={`/account${keep}`}>Your account</NavLink>
        </nav>
        {picks && <HubPicker />}
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
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path="/overview" element={ofHub(<OverviewPage />)} />
            <Route path="/matching" element={ofHub(<WorkbenchPage />)} />
            <Route path="/network" element={ofHub(<NetworkPage />)} />
            <Route path="/matches" element={ofHub(<MatchesPage />)} />
            <Route path="/matches/:matchId" element={<MatchPage />} />
            <Route path="/bookings/:bookingId" element={<BookingPage />} />
            <Route path="/opportunities/:opportunityId" element={<OpportunityPage />} />
            <Route path="/advisers/:adviserId" element={<AdviserPage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/hubs" element={<HubsPage />} />
            <Route path="/approvals" element={ofHub(<ApprovalsPage />)} />
            <Route path="/compliance" element={ofHub(<CompliancePage />)} />
            <Route path="/programmes" element={ofHub(<ProgrammesPage />)} />
            <Route path="/programmes/:programmeId" element={<ProgrammePage />} />
            <Route path="/national-reference" element={<NationalReferencePage />} />
            <Route path="/my-institution" element={<CareersLeaderHomePage />} />
            <Route path="/employer" element={<EmployerHomePage />} />
            <Route path="/adviser" element={<AdviserHomePage />} />
            <Route path="/account" element={<AccountPage />} />
            <Route path="/imports" element={ofHub(<ImportsPage />)} />
            <Route path="/admin/users" element={ofHub(<UsersPage />)} />
            <Route path="/events" element={ofHub(<EventsPage />)} />
            <Route path="/events/public/:token" element={<PublicEventPage />} />
            <Route path="/events/confirm" element={<ConfirmRegistrationPage />} />
            <Route path="/events/:eventId" element={<EventPage />} />
            <Route
              path="/invitation"
              element={<PasswordFromLinkPage purpose="invitation" withinConsole />}
            />
            <Route
              path="/reset-password"
              element={<PasswordFromLinkPage purpose="reset" withinConsole />}
            />
            <Route path="*" element={<Navigate to={home} replace />} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}

function PickAHub() {
  return (
    <div className="notice" role="status" data-testid="pick-a-hub">
      <strong>Pick a hub</strong>
      <p>
        As a national administrator you work on one hub at a time: choose it with the Hub picker in
        the header, or create one on the Hubs page.
      </p>
    </div>
  );
}
