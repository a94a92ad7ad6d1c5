import { AppConfig } from '../config/app-config';

/** The settings that hold a retention period, in days. */
export type RetentionSetting = {
  [K in keyof AppConfig]-?: K extends `${string}_RETENTION_DAYS` ? K : never;
}[keyof AppConfig];

/**
 * One kind of personal or sensitive data kept only for a while: `clear` (a nullable column of
 * `table`) is set to null once `from` (the row's date or time) is older than the days in
 * `setting`. The row itself stays: what happened is still counted, only the words or the file
 * go; unless `deleteRow`, for rows that are nothing but the personal data.
 */
export interface RetentionRule {
  /** Names the rule in the purge's audit entry and logs. */
  name: string;
  table: string;
  clear: string;
  /** Columns cleared with `clear`, in the same rows. */
  alsoClear?: readonly string[];
  from: string;
  /** When `from` is a column of another table: the row of `table` named by `table.key`. */
  datedBy?: { table: string; key: string };
  setting: RetentionSetting;
  /** The whole row goes; `clear` is then the personal column it held (it need not be nullable). */
  deleteRow?: boolean;
  /** Only rows where this column is null (no user: someone without an account). */
  whereNull?: string;
}

/** Everything the daily purge clears. One line per kind of data; see README.md, "Retention". */
export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    name: 'attendance feedback comments',
    table: 'bookings',
    clear: 'employer_feedback',
    from: 'attendance_recorded_at',
    setting: 'FEEDBACK_COMMENT_RETENTION_DAYS',
  },
  {
    name: 'encounter feedback comments',
    table: 'encounter_feedback',
    clear: 'comments',
    from: 'submitted_at',
    setting: 'FEEDBACK_COMMENT_RETENTION_DAYS',
  },
  {
    name: 'risk assessment PDFs',
    table: 'compliance_documents',
    clear: 'content',
    from: 'created_at',
    setting: 'COMPLIANCE_DOCUMENT_RETENTION_DAYS',
  },
  {
    name: 'match meeting notes',
    table: 'match_meetings',
    clear: 'note',
    from: 'met_on',
    setting: 'MEETING_NOTE_RETENTION_DAYS',
  },
  {
    name: 'public event registrants’ names and emails',
    table: 'hub_event_registrations',
    clear: 'email',
    alsoClear: ['name'],
    from: 'ends_at',
    datedBy: { table: 'hub_events', key: 'event_id' },
    setting: 'PUBLIC_REGISTRATION_RETENTION_DAYS',
  },
  {
    name: 'emails to public event registrants',
    table: 'notifications',
    clear: 'recipient_email',
    deleteRow: true,
    whereNull: 'recipient_user_id',
    from: 'created_at',
    setting: 'PUBLIC_REGISTRATION_RETENTION_DAYS',
  },
];

/** The statement of one rule: $1 now, $2 the days kept; answers how many rows it cleared. */
export function retentionPurgeSql(rule: RetentionRule): string {
  const { table, clear, alsoClear = [], from, datedBy, deleteRow, whereNull } = rule;
  const identifiers = [table, clear, ...alsoClear, from];
  if (datedBy) identifiers.push(datedBy.table, datedBy.key);
  if (whereNull) identifiers.push(whereNull);
  for (const identifier of identifiers) {
    if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) {
      throw new Error(`Retention rule "${rule.name}": ${identifier} is not a plain identifier`);
    }
  }
  const set = [clear, ...alsoClear].map((column) => `${column} = NULL`).join(', ');
  const change = deleteRow
    ? `DELETE FROM ${table}${datedBy ? ` USING ${datedBy.table} dated` : ''}`
    : `UPDATE ${table} SET ${set}${datedBy ? ` FROM ${datedBy.table} dated` : ''}`;
  return `
    WITH cleared AS (
      ${change}
      WHERE ${table}.${clear} IS NOT NULL
        ${whereNull ? `AND ${table}.${whereNull} IS NULL` : ''}
        ${datedBy ? `AND dated.id = ${table}.${datedBy.key}` : ''}
        AND ${datedBy ? 'dated' : table}.${from} < $1::timestamptz - make_interval(days => $2::int)
      RETURNING 1)
    SELECT count(*)::int AS cleared FROM cleared`;
}
