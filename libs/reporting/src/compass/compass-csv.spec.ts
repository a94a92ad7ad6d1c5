import { CompassCsvError, parseCompassCsv } from './compass-csv';

const HEADER =
  'urn,evaluated_on,bm1_result,bm1_score,bm2_result,bm2_score,bm3_result,bm3_score,bm4_result,bm4_score,bm5_result,bm5_score,bm6_result,bm6_score,bm7_result,bm7_score,bm8_result,bm8_score,ks3_all_pupils,ks3_fsm_pupils,ks4_all_pupils,ks4_fsm_pupils';
const GOOD =
  '104512,15/03/2025,Achieved,100,Achieved,100,Partially achieved,75%,Achieved,100,Achieved,100,Not achieved,20,Achieved,100,Partially-Achieved,50,Some (26-50%),A few,ALMOST_ALL,Don’t know';

function problems(csv: string): string[] {
  try {
    parseCompassCsv(csv);
  } catch (error) {
    if (error instanceof CompassCsvError)
      return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseCompassCsv', () => {
  it('reads results, scores and answers in their usual spellings', () => {
    const [record] = parseCompassCsv(`${HEADER}\n${GOOD}\n`);
    expect(record).toMatchObject({
      line: 2,
      urn: '104512',
      evaluatedOn: '2025-03-15',
      ks3AllPupils: 'SOME',
      ks3FsmPupils: 'A_FEW',
      ks4AllPupils: 'ALMOST_ALL',
      ks4FsmPupils: 'DONT_KNOW',
    });
    expect(record.benchmarks.map((b) => b.result)).toEqual([
      'ACHIEVED',
      'ACHIEVED',
      'PARTIALLY_ACHIEVED',
      'ACHIEVED',
      'ACHIEVED',
      'NOT_ACHIEVED',
      'ACHIEVED',
      'PARTIALLY_ACHIEVED',
    ]);
    expect(record.benchmarks[2].score).toBe(75);
  });

  it('refuses the file with every problem and its line', () => {
    const bad = GOOD.replace('104512', '12').replace('15/03/2025', '31/02/2025');
    const badResult = GOOD.replace('Not achieved', 'Nearly').replace('15/03/2025', '2025-03-16');
    expect(problems(`${HEADER}\n${GOOD}\n${bad}\n\n${badResult}\n${GOOD}`)).toEqual([
      '3: URN "12" is not 5 to 7 digits; evaluated_on "31/02/2025" is not a date (YYYY-MM-DD)',
      '5: bm6_result "Nearly" is not Achieved, Partially achieved or Not achieved',
      '6: same URN and date as line 2',
    ]);
  });

  it('names missing columns, empty files and malformed CSV', () => {
    expect(problems('urn,evaluated_on\n104512,2025-03-15')).toEqual([
      '1: missing column(s): bm1_result, bm2_result, bm3_result, bm4_result, bm5_result, bm6_result, bm7_result, bm8_result',
    ]);
    expect(problems('  ')).toEqual(['1: the file is empty']);
    expect(problems(`${HEADER}\n"unclosed,quote`)[0]).toMatch(/^\d+: malformed CSV/);
  });

  it('refuses cells holding a NUL character, each with its line and column', () => {
    const nul = GOOD.replace('Achieved,100', 'Achieved\u0000,100');
    const nulDate = GOOD.replace('15/03/2025', '15/03/\u00002025');
    expect(problems(`${HEADER}\n${GOOD}\n${nul}\n${nulDate}`)).toEqual([
      '3: column "bm1_result" holds a NUL character (U+0000), which cannot be stored',
      '4: column "evaluated_on" holds a NUL character (U+0000), which cannot be stored',
    ]);
  });
});
