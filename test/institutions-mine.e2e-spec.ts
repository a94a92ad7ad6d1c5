import { Role } from '@chn/core';
import { TestApp } from '@chn/testing';
import { createInstitution, ledInstitution } from './opportunities.fixtures';

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
});
