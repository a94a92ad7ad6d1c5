import { parse } from 'csv-parse/sync';
import { CompassCsvError, CompassCsvProblem } from './compass-csv';

export interface FsqRecord {
  line: number;
  urn: string;
  academicYear: string;
  students: number;
}

/**
 * Reads an FSQ completions CSV (`urn,academic_year,students`, any order, one row per institution
 * and year). Refuses the whole file with every problem found, each with its line.
 */
export function parseFsqCsv(csv: string): FsqRecord[] {
  if (csv.replace(/^\uFEFF/, '').trim() === '') {
    throw new CompassCsvError([{ line: 1, message: 'the file is empty' }]);
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv, { bom: true, trim: true, skip_empty_lines: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 1;
    throw new CompassCsvError([
      { line: lines, message: `malformed CSV: ${(error as Error).message}` },
    ]);
  }
  const [header, ...body] = rows;
  const names = header.record.map((name) => name.trim().toLowerCase());
  const missing = ['urn', 'academic_year', 'students'].filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new CompassCsvError([
      { line: header.info.lines, message: `missing column(s): ${missing.join(', ')}` },
    ]);
  }
  const problems: CompassCsvProblem[] = [];
  const records: FsqRecord[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const cell = (column: string) => (record[names.indexOf(column)] ?? '').trim();
    const rowProblems: string[] = [];
    const urn = cell('urn');
    if (!/^\d{5,7}$/.test(urn)) rowProblems.push(`URN "${urn}" is not 5 to 7 digits`);
    const year = cell('academic_year');
    const match = /^(\d{4})\/(\d{2})$/.exec(year);
    if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
      rowProblems.push(`academic_year "${year}" is not like 2024/25`);
    }
    const students = cell('students');
    if (!/^\d{1,6}$/.test(students)) {
      rowProblems.push(`students "${students}" is not a whole number`);
    }
    const key = `${urn}|${year}`;
    if (seen.has(key)) rowProblems.push(`same URN and year as line ${seen.get(key)}`);
    else seen.set(key, info.lines);
    if (rowProblems.length > 0)
      problems.push({ line: info.lines, message: rowProblems.join('; ') });
    else records.push({ line: info.lines, urn, academicYear: year, students: Number(students) });
  }
  if (body.length === 0)
    problems.push({ line: header.info.lines, message: 'no rows after the header' });
  if (problems.length > 0) throw new CompassCsvError(problems);
  return records;
}
