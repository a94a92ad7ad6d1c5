import { isBeyondPlanningHorizon, planningHorizon } from '@chn/core';
import { CsvProblem, CsvRefusedError, readCsvTable } from '@chn/core';

export interface FsqRecord {
  line: number;
  urn: string;
  academicYear: string;
  students: number;
}

/**
 * Reads an FSQ completions CSV (`urn,academic_year,students`, any order, one row per institution
 * and year). Refuses the whole file with every problem found, each with its line; a year more
 * than three academic years ahead is a problem.
 */
export function parseFsqCsv(csv: string, now: Date = new Date()): FsqRecord[] {
  const { headerLine, rows } = readCsvTable(csv, ['urn', 'academic_year', 'students']);
  const problems: CsvProblem[] = [];
  const records: FsqRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, cell } of rows) {
    const rowProblems: string[] = [];
    const urn = cell('urn');
    if (!/^\d{5,7}$/.test(urn)) rowProblems.push(`URN "${urn}" is not 5 to 7 digits`);
    const year = cell('academic_year');
    const match = /^(\d{4})\/(\d{2})$/.exec(year);
    if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
      rowProblems.push(`academic_year "${year}" is not like 2024/25`);
    } else if (isBeyondPlanningHorizon(`${match[1]}-09-01`, now)) {
      rowProblems.push(
        `academic_year "${year}" is more than three academic years ahead (${planningHorizon(now).label} at most)`,
      );
    }
    const students = cell('students');
    if (!/^\d{1,6}$/.test(students)) {
      rowProblems.push(`students "${students}" is not a whole number`);
    }
    const key = `${urn}|${year}`;
    if (seen.has(key)) rowProblems.push(`same URN and year as line ${seen.get(key)}`);
    else seen.set(key, line);
    if (rowProblems.length > 0) problems.push({ line, message: rowProblems.join('; ') });
    else records.push({ line, urn, academicYear: year, students: Number(students) });
  }
  if (rows.length === 0) problems.push({ line: headerLine, message: 'no rows after the header' });
  if (problems.length > 0) throw new CsvRefusedError(problems);
  return records;
}
