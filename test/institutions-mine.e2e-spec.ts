import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TestApp } from '@chn/testing';
import { createInstitution, ledInstitution } from './opportunities.fixtures';

const CORRECT = `mutation ($institutionId: ID!, $pupils: Int!) {
  correctPupilNumbers(institutionId: $institutionId, pupils: $pupils) { id pupils }
}`;
const MINE = `{ myInstitution { id name careersLeader { id } } }`;

describe('myInstitution (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('gives a careers leader the institution they lead, and nobody else’s', async () => {
    const hub = await t.createHub('MINE');
    await createInstitution(t, hub.id, { name: 'Another school' });
    const { leader, institutionId } = await ledInstitution(t, hub.id, { name: 'Their school' });

    const data = await leader.ok<{ myInstitution: { id: string; name: string } }>(MINE);
    expect(data.myInstitution).toEqual({
      id: institutionId,
      name: 'Their school',
      careersLeader: { id: leader.userId },
    });
  });

  it('is null for a careers leader no institution names', async () => {
    const hub = await t.createHub('NONE');
    await createInstitution(t, hub.id);
    const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    expect(await leader.ok(MINE)).toEqual({ myInstitution: null });
  });

  it('is refused to other roles', async () => {
    const hub = await t.createHub('STAF');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    expect(await staff.errorCode(MINE)).toBe('FORBIDDEN');
  });

  describe('correctPupilNumbers', () => {
    const pupilsOf = async (id: string) => {
      const [row] = await t
        .get(DataSource)
        .query('SELECT pupils FROM institutions WHERE id = $1', [id]);
      return row.pupils as number | null;
    };

    it('lets a careers leader correct their own institution’s pupils, audited', async () => {
      const hub = await t.createHub('PUPL');
      const { leader, institutionId } = await ledInstitution(t, hub.id);
      const data = await leader.ok<{ correctPupilNumbers: { id: string; pupils: number } }>(
        CORRECT,
        { institutionId, pupils: 1180 },
      );
      expect(data.correctPupilNumbers).toEqual({ id: institutionId, pupils: 1180 });
      expect(await pupilsOf(institutionId)).toBe(1180);
      const audit = await t
        .get(DataSource)
        .query(
          `SELECT actor_user_id, changes FROM audit_log WHERE entity_type = 'institution' AND entity_id = $1 AND action = 'pupils_corrected'`,
          [institutionId],
        );
      expect(audit).toEqual([
        { actor_user_id: leader.userId, changes: { pupils: { from: null, to: 1180 } } },
      ]);
    });

    it('refuses another institution and bad numbers, changing nothing', async () => {
      const hub = await t.createHub('PUPX');
      const { leader } = await ledInstitution(t, hub.id);
      const theirs = await ledInstitution(t, hub.id);
      const refused = await leader.request(CORRECT, {
        institutionId: theirs.institutionId,
        pupils: 5,
      });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_INSTITUTION',
      });
      const negative = await theirs.leader.request(CORRECT, {
        institutionId: theirs.institutionId,
        pupils: -1,
      });
      expect(negative.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      expect(await pupilsOf(theirs.institutionId)).toBeNull();

      const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
      expect(
        await staff.errorCode(CORRECT, { institutionId: theirs.institutionId, pupils: 5 }),
      ).toBe('FORBIDDEN');
    });
  });
});
