import { parse } from 'csv-parse/sync';
import { unstorableCsvCell } from '../text/storable-text';

/** One record of a CSV file, with the 1-based file line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Why a file could not be read at all: empty, malformed, or holding text that cannot be stored. */
export class CsvReadError extends Error {
  override name = 'CsvReadError';
  constructor(
    readonly kind: 'empty' | 'malformed' | 'unstorable',
    readonly line: number,
    readonly detail: string,
    /** Every unstorable cell's line and problem, the first being `line` and `detail`. */
    readonly all: { line: number; detail: string }[] = [{ line, detail }],
  ) {
    super(`line ${line}: ${detail}`);
  }
}

const LEADING_BLANK_LINES = /^(?:[^\S\r\n]*(?:\r\n|\r|\n))*/;

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * The records of a CSV as Excel writes it (BOM, CRLF, quoted fields), header included, blank lines
 * skipped. Lines are counted from csv-parse's byte offsets because its `info.lines` over-counts
 * CRLF breaks inside quoted fields.
 */
export function readCsvRecords(csv: string): CsvRecord[] {
  if (csv.replace(/^\uFEFF/, '').trim() === '') throw new CsvReadError('empty', 1, 'CSV is empty');
  const bytes = Buffer.from(csv, 'utf8');
  const records: CsvRecord[] = [];
  let offset = 0;
  let line = 1;
  const nextRecordLine = (text: string): number =>
    line + countLineBreaks(text.match(LEADING_BLANK_LINES)?.[0] ?? '');
  try {
    parse(bytes, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: false,
      on_record: (cells: string[], { bytes: end }) => {
        const text = bytes.subarray(offset, end).toString('utf8');
        records.push({ line: nextRecordLine(text), cells });
        line += countLineBreaks(text);
        offset = end;
        return cells;
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CsvReadError(
      'malformed',
      nextRecordLine(bytes.subarray(offset).toString('utf8')),
      message,
    );
  }
  if (records.length === 0) throw new CsvReadError('empty', 1, 'CSV is empty');
  const unstorable = records.flatMap((record, index) => {
    const problem = unstorableCsvCell(record.cells, index === 0 ? undefined : records[0].cells);
    return problem ? [{ line: record.line, detail: problem }] : [];
  });
  if (unstorable.length > 0) {
    const [first] = unstorable;
    throw new CsvReadError('unstorable', first.line, first.detail, unstorable);
  }
  return records;
}
