import { BenchmarkResult, SupplementaryAnswer } from '../entities/compass.enums';
import { csvDate, csvToken, CsvProblem, CsvRefusedError, readCsvTable } from '@chn/core';

export interface CompassRecord {
  line: number;
  urn: string;
  evaluatedOn: string;
  benchmarks: { number: number; result: BenchmarkResult; score: number | null }[];
  ks3AllPupils: SupplementaryAnswer | null;
  ks3FsmPupils: SupplementaryAnswer | null;
  ks4AllPupils: SupplementaryAnswer | null;
  ks4FsmPupils: SupplementaryAnswer | null;
}

/** The Compass and FSQ parsers refuse a file with the shared CSV refusal. */
export {
  CsvRefusedError as CompassCsvError,
  type CsvProblem as CompassCsvProblem,
} from '@chn/core';

const BENCHMARKS = [1, 2, 3, 4, 5, 6, 7, 8];
const SUPPLEMENTARY = ['ks3_all_pupils', 'ks3_fsm_pupils', 'ks4_all_pupils', 'ks4_fsm_pupils'];
const REQUIRED = ['urn', 'evaluated_on', ...BENCHMARKS.map((b) => `bm${b}_result`)];
export const COMPASS_CSV_HEADER = [
  'urn',
  'evaluated_on',
  ...BENCHMARKS.flatMap((b) => [`bm${b}_result`, `bm${b}_score`]),
  ...SUPPLEMENTARY,
];

/**
 * Reads a Compass evaluations CSV: one row per institution per evaluation, header
 * `urn,evaluated_on,bm1_result,bm1_score,...,bm8_score,ks3_all_pupils,...` (any order; scores and
 * supplementary answers optional). Dates as YYYY-MM-DD or DD/MM/YYYY. Refuses the whole file with
 * every problem found, each with its line.
 */
export function parseCompassCsv(csv: string): CompassRecord[] {
  const { headerLine, rows } = readCsvTable(csv, REQUIRED);
  const problems: CsvProblem[] = [];
  const records: CompassRecord[] = [];
  const seen = new Map<string, number>();
  if (rows.length === 0) problems.push({ line: headerLine, message: 'no rows after the header' });
  for (const { line, cell } of rows) {
    const rowProblems: string[] = [];
    const urn = cell('urn');
    if (!/^\d{5,7}$/.test(urn)) rowProblems.push(`URN "${urn}" is not 5 to 7 digits`);
    const evaluatedOn = csvDate(cell('evaluated_on'));
    if (!evaluatedOn) {
      rowProblems.push(`evaluated_on "${cell('evaluated_on')}" is not a date (YYYY-MM-DD)`);
    }
    const key = `${urn}|${evaluatedOn}`;
    if (seen.has(key)) {
      rowProblems.push(`same URN and date as line ${seen.get(key)}`);
    } else seen.set(key, line);
    const benchmarks = BENCHMARKS.map((number) => {
      const raw = cell(`bm${number}_result`);
      const result = csvToken(raw) as BenchmarkResult;
      if (!Object.values(BenchmarkResult).includes(result)) {
        rowProblems.push(
          `bm${number}_result "${raw}" is not Achieved, Partially achieved or Not achieved`,
        );
      }
      const rawScore = cell(`bm${number}_score`).replace(/%$/, '');
      let score: number | null = null;
      if (rawScore !== '') {
        score = Number(rawScore);
        if (!/^\d+(\.\d+)?$/.test(rawScore) || score > 100) {
          rowProblems.push(`bm${number}_score "${rawScore}" is not a percentage between 0 and 100`);
        } else score = Math.round(score * 10) / 10;
      }
      return { number, result, score };
    });
    const answers = SUPPLEMENTARY.map((column) => {
      const raw = cell(column);
      if (raw === '') return null;
      const answer = csvToken(raw) as SupplementaryAnswer;
      if (!Object.values(SupplementaryAnswer).includes(answer)) {
        rowProblems.push(
          `${column} "${raw}" is not one of ${Object.values(SupplementaryAnswer).join(', ')}`,
        );
        return null;
      }
      return answer;
    });
    if (rowProblems.length > 0) {
      problems.push({ line, message: rowProblems.join('; ') });
      continue;
    }
    records.push({
      line,
      urn,
      evaluatedOn: evaluatedOn!,
      benchmarks,
      ks3AllPupils: answers[0],
      ks3FsmPupils: answers[1],
      ks4AllPupils: answers[2],
      ks4FsmPupils: answers[3],
    });
  }
  if (problems.length > 0) throw new CsvRefusedError(problems);
  return records;
}
