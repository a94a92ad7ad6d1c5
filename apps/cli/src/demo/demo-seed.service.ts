import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot, Role } from '@chn/core';
import { HubsService, UsersService } from '@chn/identity';
import { ImportReport, InstitutionImportService } from '@chn/institutions';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DemoEventsSeedService } from './demo-events-seed.service';
import { DemoFeedbackSeedService } from './demo-feedback-seed.service';
import { DemoMatchingSeedService } from './demo-matching-seed.service';
import { DemoNetworkSeedService } from './demo-network-seed.service';
import { DemoProgrammesSeedService } from './demo-programmes-seed.service';
import { DemoReportingSeedService } from './demo-reporting-seed.service';
import { DemoSafePlacementsSeedService } from './demo-safe-placements-seed.service';

export const DEMO_HUB = { code: 'LCR', name: 'Liverpool City Region', region: 'North West' };

/** How many of the real institutions the demo treats as ineligible, and as eligible but not in the hub. */
const DEMO_INELIGIBLE = 8;
const DEMO_NOT_IN_HUB = 4;

export type SeedOutcome =
  { seeded: false; reason: string } | { seeded: true; institutions: ImportReport };

@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hubs: HubsService,
    private readonly users: UsersService,
    private readonly importer: InstitutionImportService,
    private readonly network: DemoNetworkSeedService,
    private readonly feedback: DemoFeedbackSeedService,
    private readonly matching: DemoMatchingSeedService,
    private readonly reporting: DemoReportingSeedService,
    private readonly programmes: DemoProgrammesSeedService,
    private readonly safePlacements: DemoSafePlacementsSeedService,
    private readonly events: DemoEventsSeedService,
  ) {}

  /** Seeds the demo hub, one user per role and the real LCR institutions, only into an empty database. */
  async seedIfEmpty(): Promise<SeedOutcome> {
    const [{ hubs, users }] = await this.db.query(
      'SELECT (SELECT count(*) FROM hubs)::int AS hubs, (SELECT count(*) FROM users)::int AS users',
    );
    if (hubs > 0 || users > 0) {
      return { seeded: false, reason: 'the database already holds data' };
    }
    const hub = await this.hubs.insert(DEMO_HUB);
    const userIds = new Map<Role, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await this.users.insert({
        email: account.email,
        name: account.name,
        role: account.role,
        password: DEMO_PASSWORD,
        hubId: account.national ? null : hub.id,
      });
      if (!account.national) userIds.set(account.role, user.id);
    }
    const csv = readFileSync(
      join(projectRoot(), 'libs/institutions/data/lcr-establishments.csv'),
      'utf8',
    );
    const report = await this.importer.importInto(hub.id, csv, { markInHub: true });
    await this.shapeDemoHub(hub.id);
    const admin = { userId: userIds.get(Role.HUB_ADMIN)!, role: Role.HUB_ADMIN, hubId: hub.id };
    await this.network.seed(admin, {
      employerUserId: userIds.get(Role.EMPLOYER)!,
      adviserUserId: userIds.get(Role.ADVISER)!,
    });
    await this.feedback.seed(admin);
    await this.matching.seed(admin);
    await this.safePlacements.seed(
      admin,
      userIds.get(Role.ADVISER)!,
      userIds.get(Role.CAREERS_LEADER)!,
    );
    await this.reporting.seed(hub.id);
    await this.programmes.seed(admin);
    await this.events.seed(admin, {
      adviserUserId: userIds.get(Role.ADVISER)!,
      employerUserId: userIds.get(Role.EMPLOYER)!,
      careersLeaderUserId: userIds.get(Role.CAREERS_LEADER)!,
    });
    await this.settleHistory();
    return { seeded: true, institutions: report };
  }

  /**
   * The seeded history happened before the demo starts: its events are marked published so the
   * worker sends no email and leaves no unread notification for them. The database was empty,
   * so every event is the seed's.
   */
  private async settleHistory(): Promise<void> {
    await this.db.query('UPDATE domain_events SET published_at = now() WHERE published_at IS NULL');
  }

  /** Mirrors a real hub: a few institutions not eligible, a few eligible but not yet in the hub. */
  private async shapeDemoHub(hubId: string): Promise<void> {
    await this.db.query(
      `WITH ranked AS (
         SELECT id, row_number() OVER (ORDER BY urn DESC) AS n FROM institutions WHERE hub_id = $1)
       UPDATE institutions i SET
         eligible = ranked.n > $2,
         in_hub_since = CASE WHEN ranked.n <= $2 + $3 THEN NULL ELSE DATE '2021-09-01' END
       FROM ranked WHERE ranked.id = i.id`,
      [hubId, DEMO_INELIGIBLE, DEMO_NOT_IN_HUB],
    );
    const leader = await this.users.findByEmail(
      DEMO_ACCOUNTS.find((a) => a.role === Role.CAREERS_LEADER)!.email,
    );
    await this.db.query(
      `UPDATE institutions SET careers_leader_id = $2
       WHERE id = (SELECT id FROM institutions WHERE hub_id = $1 AND in_hub_since IS NOT NULL ORDER BY name LIMIT 1)`,
      [hubId, leader!.id],
    );
  }
}
