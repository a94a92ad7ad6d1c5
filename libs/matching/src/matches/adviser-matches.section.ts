import { EntityManager } from 'typeorm';
import { redactMentions } from '@chn/core';
import type { AdviserDataSection, AdviserDataSubject, ErasedAdviser } from '@chn/advisers';

const OF_ADVISER = `SELECT id FROM matches WHERE adviser_id = $3`;

/**
 * An adviser's matches in their export and erasure. The matches stay (they are the hub's
 * history and its % matched); only mentions of the adviser in their free text (focus, reasons
 * given, meeting notes) and in their audit entries are replaced.
 */
export const adviserMatchesSection: AdviserDataSection = {
  name: 'matches',

  async export(manager: EntityManager, subject: AdviserDataSubject) {
    const matches: { id: string }[] = await manager.query(
      `SELECT m.id, m.institution_id AS "institutionId", i.name AS institution, m.type, m.status,
              m.starts_on::text AS "startsOn", m.ends_on::text AS "endsOn",
              m.ended_on::text AS "endedOn", m.focus, m.decline_reason AS "declineReason",
              m.end_reason AS "endReason", m.accepted_at AS "acceptedAt", m.created_at AS "createdAt"
         FROM matches m JOIN institutions i ON i.id = m.institution_id
        WHERE m.adviser_id = $1 ORDER BY m.starts_on, m.id`,
      [subject.adviserId],
    );
    const meetings: { matchId: string }[] = await manager.query(
      `SELECT mm.match_id AS "matchId", mm.met_on::text AS "metOn", mm.benchmarks, mm.note
         FROM match_meetings mm WHERE mm.match_id IN (${OF_ADVISER.replace('$3', '$1')})
        ORDER BY mm.met_on, mm.id`,
      [subject.adviserId],
    );
    return matches.map((m) => ({
      ...m,
      meetings: meetings.filter((meeting) => meeting.matchId === m.id),
    }));
  },

  async erase(manager: EntityManager, adviser: ErasedAdviser) {
    if (!adviser.mentions) return;
    await redactMentions(manager, adviser.mentions, {
      table: 'matches',
      text: ['focus', 'decline_reason', 'end_reason'],
      where: `adviser_id = $3`,
      params: [adviser.adviserId],
    });
    await redactMentions(manager, adviser.mentions, {
      table: 'match_meetings',
      text: ['note'],
      where: `match_id IN (${OF_ADVISER})`,
      params: [adviser.adviserId],
    });
    await redactMentions(manager, adviser.mentions, {
      table: 'audit_log',
      json: ['changes'],
      where: `entity_type = 'match' AND entity_id IN (${OF_ADVISER})`,
      params: [adviser.adviserId],
    });
  },
};
