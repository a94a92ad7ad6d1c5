import { MatchStatus, MatchType } from '../entities/match.enums';

/** A match as the overlap rule sees it. */
export interface MatchPeriod {
  /** The file line, or null for a match the hub holds that the file does not touch. */
  line: number | null;
  institutionId: string;
  type: MatchType;
  status: MatchStatus;
  startsOn: string;
  endsOn: string | null;
  endedOn: string | null;
}

/** The day after the match's period, or null when open-ended (as "matched in a year" reads it). */
function periodEnd(match: MatchPeriod): string | null {
  return match.endedOn ?? match.endsOn;
}

/**
 * The problems of one institution's 1-2-1 matches that made it matched (ACTIVE or ENDED): two
 * whose periods overlap (one may start the day another ends), or two still ACTIVE. Each problem
 * is reported on the later file line of the two.
 */
export function oneToOneOverlaps(matches: MatchPeriod[]): { line: number; message: string }[] {
  const counted = matches
    .filter(
      (m) =>
        m.type === MatchType.ONE_TO_ONE &&
        (m.status === MatchStatus.ACTIVE || m.status === MatchStatus.ENDED),
    )
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const problems: { line: number; message: string }[] = [];
  const byInstitution = new Map<string, MatchPeriod[]>();
  for (const match of counted) {
    byInstitution.set(match.institutionId, [
      ...(byInstitution.get(match.institutionId) ?? []),
      match,
    ]);
  }
  for (const group of byInstitution.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const aEnd = periodEnd(a);
        const overlaps = aEnd === null || b.startsOn < aEnd;
        const bothActive = a.status === MatchStatus.ACTIVE && b.status === MatchStatus.ACTIVE;
        if (!overlaps && !bothActive) continue;
        const line = Math.max(a.line ?? 0, b.line ?? 0);
        const other = line === a.line ? b : a;
        const what =
          other.line === null
            ? `a 1-2-1 match the hub holds from ${other.startsOn}`
            : `the 1-2-1 match on line ${other.line}`;
        problems.push({
          line,
          message: `overlaps ${what} for the same institution (one 1-2-1 match at a time)`,
        });
      }
    }
  }
  return problems;
}
