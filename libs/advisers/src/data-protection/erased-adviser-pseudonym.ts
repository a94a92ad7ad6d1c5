/**
 * An erased adviser has no email; the hub data export names them by a pseudonym made of their
 * id in a reserved domain (never delivered), so their matches still count in the hub's history
 * wherever the archive is imported. The imports take such an adviser as erased, under that id.
 */
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

const PSEUDONYM =
  /^erased-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@erased\.invalid$/;

/** SQL of an adviser's email, or the pseudonym of an erased one, for the advisers alias. */
export function adviserEmailOrPseudonymSql(alias: string): string {
  return `coalesce(${alias}.email, 'erased-' || ${alias}.id || '@${ERASED_EMAIL_DOMAIN}')`;
}

/** The id of the erased adviser an email is the pseudonym of, or null. */
export function erasedAdviserIdOf(email: string): string | null {
  return PSEUDONYM.exec(email)?.[1] ?? null;
}

/** The ids of erased advisers among the emails. */
export function erasedAdviserIds(emails: readonly string[]): string[] {
  return emails.flatMap((email) => erasedAdviserIdOf(email) ?? []);
}

/**
 * SQL selecting the hub's advisers ($1) by email ($2) or, erased, by pseudonym ids ($3), each
 * with `email` as the files name them; `columns` are the other columns wanted.
 */
export function advisersByEmailSql(columns: string): string {
  return `SELECT ${columns}, ${adviserEmailOrPseudonymSql('advisers')} AS email
    FROM advisers WHERE hub_id = $1
      AND (email = ANY($2::varchar[]) OR (erased_at IS NOT NULL AND id = ANY($3::uuid[])))`;
}
