import { academicYearOf } from './academic-year';

describe('academicYearOf', () => {
  it('runs from 1 September to 31 August', () => {
    expect(academicYearOf('2025-09-01')).toEqual({ startsOn: '2025-09-01', endsOn: '2026-08-31' });
    expect(academicYearOf('2026-08-31')).toEqual({ startsOn: '2025-09-01', endsOn: '2026-08-31' });
    expect(academicYearOf('2026-01-15')).toEqual({ startsOn: '2025-09-01', endsOn: '2026-08-31' });
  });
});
