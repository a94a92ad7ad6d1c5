import { CsvReadError, readCsvRecords } from './csv-rows';

export interface CsvProblem {
  line: number;
  message: string;
}

/** The whole file is refused: the problems, each with its line. */
export class CsvRefusedError extends Error {
  override name = 'CsvRefusedError';
  constructor(readonly problems: CsvProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join('; '));
  }
}

export interface CsvRow {
  /** The line the row starts on in the file. */
  line: number;
  /** The trimmed value of a column by its header name, '' when the column or cell is absent. */
  cell(column: string): string;
}

export interface CsvTable {
  headerLine: number;
  /** The header's column names, lower-cased. */
  columns: string[];
  rows: CsvRow[];
}

function asProblems(error: CsvReadError): CsvProblem[] {
  if (error.kind === 'empty') return [{ line: 1, message: 'the file is empty' }];
  if (error.kind === 'malformed') {
    return [{ line: error.line, message: `malformed CSV: ${error.detail}` }];
  }
  return error.all.map(({ line, detail }) => ({ line, message: detail }));
}

/**
 * Reads a CSV with a header row (column names case-insensitive, in any order). Refuses an empty
 * file, malformed CSV, a cell holding text that cannot be stored and a header without every
 * required column.
 */
export function readCsvTable(csv: string, required: readonly string[]): CsvTable {
  let records;
  try {
    records = readCsvRecords(csv);
  } catch (error) {
    if (error instanceof CsvReadError) throw new CsvRefusedError(asProblems(error));
    throw error;
  }
  const [header, ...body] = records;
  const columns = header.cells.map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new CsvRefusedError([
      { line: header.line, message: `missing column(s): ${missing.join(', ')}` },
    ]);
  }
  return {
    headerLine: header.line,
    columns,
    rows: body.map(({ cells, line }) => ({
      line,
      cell: (column: string) => {
        const index = columns.indexOf(column);
        return index === -1 ? '' : (cells[index] ?? '').trim();
      },
    })),
  };
}
