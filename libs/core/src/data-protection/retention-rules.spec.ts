import { loadConfig } from '../config/app-config';
import { RETENTION_RULES, retentionPurgeSql } from './retention-rules';

describe('retention rules', () => {
  it('each name a setting holding a number of days, and have distinct names', () => {
    const config = loadConfig({});
    for (const rule of RETENTION_RULES) expect(config[rule.setting]).toBeGreaterThan(0);
    expect(new Set(RETENTION_RULES.map((r) => r.name)).size).toBe(RETENTION_RULES.length);
  });

  it('clear only a set column, from the rule’s date', () => {
    const sql = retentionPurgeSql(RETENTION_RULES.find((r) => r.table === 'match_meetings')!);
    expect(sql).toContain('UPDATE match_meetings SET note = NULL');
    expect(sql).toContain('WHERE match_meetings.note IS NOT NULL');
    expect(sql).toContain(
      'match_meetings.met_on < $1::timestamptz - make_interval(days => $2::int)',
    );
  });

  it('clear several columns, dated by another table’s row', () => {
    const sql = retentionPurgeSql(
      RETENTION_RULES.find((r) => r.table === 'hub_event_registrations')!,
    );
    expect(sql).toContain(
      'UPDATE hub_event_registrations SET email = NULL, name = NULL FROM hub_events dated',
    );
    expect(sql).toContain('AND dated.id = hub_event_registrations.event_id');
    expect(sql).toContain('AND dated.ends_at < $1::timestamptz');
  });

  it('delete whole rows where a rule says so, only those with no user', () => {
    const sql = retentionPurgeSql(RETENTION_RULES.find((r) => r.table === 'notifications')!);
    expect(sql).toContain('DELETE FROM notifications\n');
    expect(sql).not.toContain('UPDATE');
    expect(sql).toContain('AND notifications.recipient_user_id IS NULL');
    expect(sql).toContain('notifications.created_at < $1::timestamptz');
  });

  it('refuse anything but a plain identifier', () => {
    expect(() =>
      retentionPurgeSql({
        name: 'bad',
        table: 'bookings; DROP TABLE users',
        clear: 'employer_feedback',
        from: 'attendance_recorded_at',
        setting: 'FEEDBACK_COMMENT_RETENTION_DAYS',
      }),
    ).toThrow(/not a plain identifier/);
  });
});
