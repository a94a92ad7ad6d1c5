import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, recordAudit, toCsv } from '@chn/core';
import { matchCountsInYearSql } from '@chn/matching';
import { HubDashboardService } from '../dashboard/hub-dashboard.service';
import { reportedHubOf } from '../reporting-access';
import { NetworkActivityService } from '../dashboard/network-activity.service';
import { QualityService } from '../quality/quality.service';
import { dashboardRows, networkActivityRows } from './dashboard-rows';
import { qualityRows } from './quality-rows';

/** $1 hub, $2 year's first day, $3 year's last day: the matches that make institutions matched in the year. */
const MATCHES_SQL = `
  SELECT i.urn, i.name AS institution, i.type::text AS institution_type,
         CASE WHEN a.erased_at IS NULL THEN a.name END AS adviser, m.type::text AS match_type,
         m.status::text AS status, to_char(m.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(m.ends_on, 'YYYY-MM-DD') AS ends_on, to_char(m.ended_on, 'YYYY-MM-DD') AS ended_on
  FROM matches m
  JOIN institutions i ON i.id = m.institution_id
  JOIN advisers a ON a.id = m.adviser_id
  WHERE m.hub_id = $1 AND ${matchCountsInYearSql('m', { startsOn: '$2::date', endsOn: '$3::date' })}
  ORDER BY i.name, m.starts_on, m.id`;

export type ReportName = 'dashboard' | 'matches';

/** Who exports: a signed-in user through the API, or an operator at the command line. */
export type Exporter = { actor: Actor } | { osUser: string };

/** Board-pack exports as CSV text; each export is recorded in the hub's audit trail. */
@Injectable()
export class ReportExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboards: HubDashboardService,
    private readonly clock: Clock,
    private readonly quality: QualityService,
    private readonly networkActivity: NetworkActivityService,
  ) {}

  async dashboard(
    actor: Actor,
    academicYear?: string | null,
    hubId?: string | null,
  ): Promise<string> {
    const year = this.clock.academicYear(academicYear);
    return this.exportOf('dashboard', await reportedHubOf(this.db, actor, hubId), year.label, {
      actor,
    });
  }

  async matches(
    actor: Actor,
    academicYear?: string | null,
    hubId?: string | null,
  ): Promise<string> {
    const year = this.clock.academicYear(academicYear);
    return this.exportOf('matches', await reportedHubOf(this.db, actor, hubId), year.label, {
      actor,
    });
  }

  /** One report of a hub's academic year, recorded as exported by `by`. Also used by the CLI. */
  async exportOf(
    report: ReportName,
    hubId: string,
    academicYear: string,
    by: Exporter,
  ): Promise<string> {
    const csv =
      report === 'dashboard'
        ? await this.dashboardCsv(hubId, academicYear)
        : await this.matchesCsv(hubId, academicYear);
    await recordAudit(this.db.manager, 'actor' in by ? by.actor : null, {
      hubId,
      entityType: 'export',
      entityId: hubId,
      action: 'exported',
      changes: {
        report,
        academicYear: this.clock.academicYear(academicYear).label,
        ...('osUser' in by ? { via: 'cli', osUser: by.osUser } : { via: 'api' }),
      },
    });
    return csv;
  }

  private async dashboardCsv(hubId: string, academicYear: string): Promise<string> {
    const year = this.clock.academicYear(academicYear);
    const [dashboard, quality, events, programmes] = await Promise.all([
      this.dashboards.forHub(hubId, year),
      this.quality.quality(hubId, year.label),
      this.networkActivity.events(hubId, year.label),
      this.networkActivity.programmeReach(hubId, year.label),
    ]);
    return toCsv([
      ['section', 'item', 'measure', 'value'],
      ...dashboardRows(dashboard),
      ...qualityRows(quality),
      ...networkActivityRows(events, programmes),
    ]);
  }

  private async matchesCsv(hubId: string, academicYear: string): Promise<string> {
    const year = this.clock.academicYear(academicYear);
    const rows = await this.db.query<Record<string, string | null>[]>(MATCHES_SQL, [
      hubId,
      year.startsOn,
      year.endsOn,
    ]);
    const columns = [
      'urn',
      'institution',
      'institution_type',
      'adviser',
      'match_type',
      'status',
      'starts_on',
      'ends_on',
      'ended_on',
    ];
    return toCsv([columns, ...rows.map((row) => columns.map((column) => row[column]))]);
  }
}
