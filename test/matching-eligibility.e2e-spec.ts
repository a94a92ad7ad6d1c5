import { Client } from 'pg';
import { AdviserStatus } from '@chn/advisers';
import { ADMIN_URL } from '@chn/testing';
import {
  MatchabilityPolicy,
  matchabilityParams,
  matchabilityProblem,
  matchableAdviserSql,
  validUntil,
} from '../libs/matching/src/matches/adviser-eligibility';

interface Case {
  status: AdviserStatus;
  erased: boolean;
  induction: string | null;
  dbs: string | null;
  today: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Month ends, leap days and ordinary days, each checked the day before, on and after it runs out. */
const DONE_ON = ['2022-01-15', '2023-02-28', '2024-02-29', '2024-08-31', '2025-03-31'];

function cases(policy: MatchabilityPolicy): Case[] {
  const all: Case[] = [];
  const recent = '2026-06-01';
  for (const doneOn of DONE_ON) {
    for (const [field, months] of [
      ['induction', policy.inductionValidityMonths],
      ['dbs', policy.dbsValidityMonths],
    ] as const) {
      const until = validUntil(doneOn, months);
      for (const today of [addDays(until, -1), until, addDays(until, 1)]) {
        const other = field === 'induction' ? { dbs: today } : { induction: today };
        all.push({
          status: AdviserStatus.ACTIVE,
          erased: false,
          induction: doneOn,
          dbs: doneOn,
          ...other,
          today,
        });
      }
    }
  }
  const base = { erased: false, induction: recent, dbs: recent, today: '2026-09-01' };
  all.push(
    { ...base, status: AdviserStatus.PAUSED },
    { ...base, status: AdviserStatus.LEFT, erased: true },
    { ...base, status: AdviserStatus.ACTIVE, induction: null },
    { ...base, status: AdviserStatus.ACTIVE, dbs: null },
    { ...base, status: AdviserStatus.ACTIVE },
  );
  return all;
}

describe('the matchability rule in TypeScript and in SQL (e2e)', () => {
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: ADMIN_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  async function sqlAnswers(policy: MatchabilityPolicy, rows: Case[]): Promise<boolean[]> {
    const answers: boolean[] = [];
    for (const row of rows) {
      const params = matchabilityParams(policy, row.today);
      const { rows: result } = await db.query<{ matchable: boolean }>(
        `SELECT (${matchableAdviserSql('a', 1)}) AS matchable
           FROM (SELECT $${params.length + 1}::text AS status,
                        $${params.length + 2}::timestamptz AS erased_at,
                        $${params.length + 3}::date AS induction_completed_on,
                        $${params.length + 4}::date AS dbs_checked_on) a`,
        [...params, row.status, row.erased ? '2026-01-01T00:00:00Z' : null, row.induction, row.dbs],
      );
      answers.push(result[0].matchable);
    }
    return answers;
  }

  it.each([
    { dbsValidityMonths: 36, inductionValidityMonths: 36 },
    { dbsValidityMonths: 6, inductionValidityMonths: 24 },
  ])('agrees on every edge date (%o)', async (policy) => {
    const rows = cases(policy);
    const ts = rows.map(
      (row) =>
        matchabilityProblem(
          {
            status: row.status,
            erasedAt: row.erased ? new Date('2026-01-01T00:00:00Z') : null,
            inductionCompletedOn: row.induction,
            dbsCheckedOn: row.dbs,
          },
          row.today,
          policy,
        ) === null,
    );
    expect(await sqlAnswers(policy, rows)).toEqual(ts);
    // The grid reaches both answers on both sides of each expiry.
    expect(ts.filter(Boolean).length).toBeGreaterThan(10);
    expect(ts.filter((x) => !x).length).toBeGreaterThan(10);
  });
});
