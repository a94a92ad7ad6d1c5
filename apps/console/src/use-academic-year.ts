import { useSearchParams } from 'react-router';
import { academicYearAt } from './academic-year';

/** The academic year chosen in the header, kept in the address so a view can be shared. */
export function useAcademicYear(): string {
  const [params] = useSearchParams();
  return params.get('year') ?? academicYearAt(new Date());
}
