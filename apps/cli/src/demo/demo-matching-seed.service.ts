import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdvisersService, AdviserStatus } from '@chn/advisers';
import { Actor, currentAcademicYear } from '@chn/core';
import { MatchesService, MatchType } from '@chn/matching';
import { isoDate } from './demo-network';

const FIRST = [
  'Amira',
  'Ben',
  'Chloe',
  'Dan',
  'Ella',
  'Femi',
  'Gemma',
  'Harry',
  'Isla',
  'Jack',
  'Kiran',
  'Lucy',
  'Mo',
  'Nia',
];
const LAST = [
  'Ahmed',
  'Brown',
  'Clarke',
  'Doyle',
  'Evans',
  'Foster',
  'Green',
  'Hall',
  'Iqbal',
  'Jones',
];

/** Share of in-hub institutions the demo matches 1-2-1, as on the reference dashboard (73.4 %). */
const ONE_TO_ONE_SHARE = 0.734;
const AGILE_MATCHES = 6;

/**
 * Realistic matching for the demo hub: most institutions hold a 1-2-1 match with their own
 * Enterprise Adviser, a few have agile support, and the rest are waiting, so the matching
 * summary and suggestions have something to show.
 */
@Injectable()
export class DemoMatchingSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly advisers: AdvisersService,
    private readonly matches: MatchesService,
  ) {}

  async seed(admin: Actor): Promise<void> {
    const year = currentAcademicYear();
    const institutions: { id: string; la_code: string | null }[] = await this.db.query(
      `SELECT id, la_code FROM institutions WHERE hub_id = $1 AND eligible AND in_hub_since IS NOT NULL ORDER BY urn`,
      [admin.hubId],
    );
    const employers: { id: string; sector: string }[] = await this.db.query(
      'SELECT id, sector FROM employers WHERE hub_id = $1 ORDER BY name',
      [admin.hubId],
    );
    const oneToOne = Math.round(institutions.length * ONE_TO_ONE_SHARE);
    for (let i = 0; i < oneToOne + AGILE_MATCHES; i += 1) {
      const institution = institutions[i];
      const employer = employers[i % employers.length];
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      const adviser = await this.advisers.register(admin, {
        name,
        email: `ea${String(i + 1).padStart(3, '0')}@adviser.demo.careershub.test`,
        jobTitle: 'Enterprise Adviser',
        employerId: employer.id,
        sectors: [employer.sector],
        localAuthorityCodes: institution.la_code ? [institution.la_code] : [],
        status: AdviserStatus.ACTIVE,
        // Recent enough to stay matchable: inductions and DBS checks last 36 months.
        inductionCompletedOn: isoDate(-400),
        dbsCheckedOn: isoDate(-400),
        maxOneToOne: 1,
        maxAgile: 2,
      });
      const agile = i >= oneToOne;
      const startYear = 2021 + (i % 5);
      const match = await this.matches.propose(admin, {
        adviserId: adviser.id,
        institutionId: institution.id,
        type: agile ? MatchType.AGILE : MatchType.ONE_TO_ONE,
        startsOn: agile
          ? year.startsOn
          : `${Math.min(startYear, Number(year.startsOn.slice(0, 4)))}-09-01`,
        endsOn: agile ? year.endsOn : null,
        focus: agile ? 'BM5 encounters plan' : null,
      });
      await this.matches.accept(admin, match.id);
    }
  }
}
