import { useSearchParams } from 'react-router';
import { academicYearAt, recentAcademicYears } from '../academic-year';
import { useAcademicYear } from '../use-academic-year';

/** The header's choice of academic year: this one and the four before it. */
export function YearPicker() {
  const [params, setParams] = useSearchParams();
  const year = useAcademicYear();
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
        {recentAcademicYears(academicYearAt(new Date())).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
