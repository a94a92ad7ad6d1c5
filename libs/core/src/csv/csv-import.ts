import { DomainError } from '../errors/domain-error';
import { ErrorReason } from '../errors/error-reasons';
import { CsvProblem, CsvRefusedError } from './csv-table';

/** The refusal of a whole file: every problem, each with its line, under the `csv` field. */
export function csvRefusal(code: ErrorReason, problems: CsvProblem[]): DomainError {
  return DomainError.validation(
    code,
    `The file was not imported: ${problems.length} problem(s) found`,
    [{ field: 'csv', messages: problems.map((p) => `line ${p.line}: ${p.message}`) }],
  );
}

/** The file's records, or the refusal (with `code`) listing the problems the parser found. */
export function parseOrRefuse<T>(
  code: ErrorReason,
  csv: string,
  parseCsv: (csv: string) => T[],
): T[] {
  try {
    return parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvRefusedError) throw csvRefusal(code, error.problems);
    throw error;
  }
}

/** Parses every row with `parseRow`, collecting each row's problems; refuses the file when any. */
export function parseRows<Row extends { line: number }, T>(
  rows: readonly Row[],
  parseRow: (row: Row, problems: string[]) => T,
): T[] {
  const problems: CsvProblem[] = [];
  const records: T[] = [];
  for (const row of rows) {
    const rowProblems: string[] = [];
    const record = parseRow(row, rowProblems);
    if (rowProblems.length > 0) problems.push({ line: row.line, message: rowProblems.join('; ') });
    else records.push(record);
  }
  if (problems.length > 0) throw new CsvRefusedError(problems);
  return records;
}

/** Refuses a row whose key was already seen on an earlier line. */
export function firstLineOf(seen: Map<string, number>, key: string, line: number): number | null {
  const first = seen.get(key);
  if (first !== undefined) return first;
  seen.set(key, line);
  return null;
}
