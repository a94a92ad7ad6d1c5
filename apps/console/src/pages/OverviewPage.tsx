import { useAcademicYear } from '../App';

/** The hub's dashboard for an academic year. */
export function OverviewPage() {
  const academicYear = useAcademicYear();
  return (
    <>
      <h1>Hub overview {academicYear}</h1>
      <p className="empty">The hub dashboard is not available in this version of the service.</p>
    </>
  );
}
