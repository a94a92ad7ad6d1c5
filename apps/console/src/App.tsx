import { Navigate, NavLink, Route, Routes, useSearchParams } from 'react-router';
import { academicYearOf, recentAcademicYears } from './academic-year';
import { NetworkPage } from './pages/NetworkPage';
import { OverviewPage } from './pages/OverviewPage';
import { SignInPage } from './pages/SignInPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { useSession } from './session/session';

const ROLE_NAMES: Record<string, string> = {
  HUB_ADMIN: 'Hub admin',
  HUB_STAFF: 'Hub staff',
  EMPLOYER: 'Employer',
  ADVISER: 'Enterprise Adviser',
  CAREERS_LEADER: 'Careers leader',
  VIEWER: 'Viewer',
};

/** The academic year chosen in the header, kept in the address so a view can be shared. */
export function useAcademicYear(): string {
  const [params] = useSearchParams();
  return params.get('year') ?? academicYearOf(new Date());
}

function YearPicker() {
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? academicYearOf(new Date());
  return (
    <label className="year-picker">
      Academic year{' '}
      <select
        value={year}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set('year', e.target.value);
          setParams(next);
        }}
      >
        {recentAcademicYears(academicYearOf(new Date())).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const { session, signOut } = useSession();
  const [params] = useSearchParams();
  if (!session) return <SignInPage />;
  const keep = params.get('year') ? `?year=${encodeURIComponent(params.get('year')!)}` : '';
  const home = session.user.role === 'EMPLOYER' ? '/network' : '/overview';

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
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
      </main>
    </div>
  );
}
