import { parse } from 'csv-parse/sync';
import { unstorableCsvCell } from '@chn/core';

export interface CompassCsvProblem {
  line: number;
  message: string;
}

/** The whole file is refused: the problems, each with its line. */
export class CompassCsvError extends Error {
  override name = 'CompassCsvError';
  constructor(readonly problems: CompassCsvProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join('; '));
  }
}

export interface CsvRow {
  /** The line the row ends on in the file. */
  line: number;
  /** The trimmed value of a column by its header name, '' when the column or cell is absent. */
  cell(column: string): string;
}

export interface CsvTable {
  headerLine: number;
  rows: CsvRow[];
}

/**
 * Reads a CSV with a header row (column names case-insensitive, in any order). Refuses an empty
 * file, malformed CSV, a cell holding text that cannot be stored and a header without every
 * required column.
 */
export function readCsvTable(csv: string, required: string[]): CsvTable {
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
  const problems = rows.flatMap(({ record, info }, index) => {
    const message = unstorableCsvCell(record, index === 0 ? undefined : rows[0].record);
    return message ? [{ line: info.lines, message }] : [];
  });
  if (problems.length > 0) throw new CompassCsvError(problems);
  const [header, ...body] = rows;
  const names = header.record.map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new CompassCsvError([
      { line: header.info.lines, message: `missing column(s): ${missing.join(', ')}` },
    ]);
  }
  return {
    headerLine: header.info.lines,
    rows: body.map(({ record, info }) => ({
      line: info.lines,
      cell: (column: string) => {
        const index = names.indexOf(column);
        return index === -1 ? '' : (record[index] ?? '').trim();
      },
    })),
  };
}
