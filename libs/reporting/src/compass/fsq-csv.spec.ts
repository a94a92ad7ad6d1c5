import { CompassCsvError } from './compass-csv';
import { parseFsqCsv } from './fsq-csv';

describe('parseFsqCsv', () => {
  it('reads one row per institution and year', () => {
    expect(parseFsqCsv('URN,academic_year,students\n104512,2024/25,180\n')).toEqual([
      { line: 2, urn: '104512', academicYear: '2024/25', students: 180 },
    ]);
  });

  it('refuses the file with each problem and its line', () => {
    const csv =
      'urn,academic_year,students\n104512,2024/26,-3\n104513,2024/25,12\n104513,2024/25,14';
    try {
      parseFsqCsv(csv);
      throw new Error('expected the file to be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(CompassCsvError);
      expect((error as CompassCsvError).problems).toEqual([
        {
          line: 2,
          message:
            'academic_year "2024/26" is not like 2024/25; students "-3" is not a whole number',
        },
        { line: 4, message: 'same URN and year as line 3' },
      ]);
    }
  });

  it('refuses years more than three academic years ahead', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const csv =
      'urn,academic_year,students\n104512,2029/30,10\n104513,2030/31,12\n104514,9999/00,1';
    try {
      parseFsqCsv(csv, now);
      throw new Error('expected the file to be refused');
    } catch (error) {
      expect((error as CompassCsvError).problems).toEqual([
        {
          line: 3,
          message:
            'academic_year "2030/31" is more than three academic years ahead (2029/30 at most)',
        },
        {
          line: 4,
          message:
            'academic_year "9999/00" is more than three academic years ahead (2029/30 at most)',
        },
      ]);
    }
  });
});
