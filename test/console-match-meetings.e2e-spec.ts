import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
import { daysFromToday, ledInstitution, SignedIn } from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;

describe('meetings on a 1-2-1 match in the console (e2e)', () => {
  const app = consoleApp();
  let db: DataSource;
  let staff: SignedIn;
  let adviser: SignedIn;
  let leader: SignedIn;
  let matchId: string;

  beforeAll(async () => {
    db = app.t.get(DataSource);
    const hubId = (await app.t.createHub('MTG', 'Sefton Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
    adviser = await app.t.signedIn(Role.ADVISER, hubId);
    const { registerAdviser } = await staff.ok<{ registerAdviser: { id: string } }>(
      REGISTER_ADVISER,
      {
        input: {
          name: 'Priya Shah',
          email: 'priya.shah@example.test',
          status: 'ACTIVE',
          inductionCompletedOn: daysFromToday(-100),
          dbsCheckedOn: daysFromToday(-100),
          userId: adviser.userId,
        },
      },
    );
    const school = await ledInstitution(app.t, hubId, { name: 'Formby High' });
    leader = school.leader;
    [{ id: matchId }] = await db.query(
      `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, accepted_at)
       VALUES ($1, $2, $3, 'ONE_TO_ONE', 'ACTIVE', $4, now()) RETURNING id`,
      [hubId, registerAdviser.id, school.institutionId, daysFromToday(-60)],
    );
  });

  it('the adviser logs a meeting from their home, refused without a benchmark', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, adviser.userId),
      TEST_PASSWORD,
    );
    await page.getByRole('link', { name: 'Log a meeting with Formby High' }).click();
    const form = page.getByRole('form', { name: 'Log a meeting' });
    await form.waitFor();
    await expectAccessible(page, 'match meetings, adviser');
    await form.getByLabel('Day of the meeting').fill(daysFromToday(-3));
    await form.getByRole('button', { name: 'Log meeting' }).click();
    await form.getByRole('alert').waitFor();
    expect(await db.query('SELECT 1 FROM match_meetings')).toEqual([]);

    await form.getByLabel('5. Encounters with employers and employees').check();
    await form.getByLabel('8. Personal guidance').check();
    await form.getByLabel(/Note/).fill('Planned the spring employer fair');
    await form.getByRole('button', { name: 'Log meeting' }).click();
    await form.getByRole('status').waitFor();
    const meetings = page.getByTestId('meetings');
    await meetings.getByText('Planned the spring employer fair').waitFor();
    await expectAccessible(page, 'match meetings, logged');
    expect(
      await db.query(
        'SELECT met_on::text, benchmarks, note FROM match_meetings WHERE match_id = $1',
        [matchId],
      ),
    ).toEqual([
      { met_on: daysFromToday(-3), benchmarks: [5, 8], note: 'Planned the spring employer fair' },
    ]);
  });

  it('the careers leader and hub staff see the meetings on the match, without the form', async () => {
    for (const [who, client] of [
      ['careers leader', leader],
      ['hub staff', staff],
    ] as const) {
      const page = await app.browser.signIn(
        app.t.baseUrl,
        await emailOf(app.t, client.userId),
        TEST_PASSWORD,
      );
      await page.goto(`${app.t.baseUrl}/console/matches/${matchId}`);
      const meetings = page.getByTestId('meetings');
      await meetings.waitFor();
      expect(await meetings.locator('tbody tr').allInnerTexts()).toEqual([
        expect.stringContaining(daysFromToday(-3)),
      ]);
      expect(await meetings.innerText()).toContain('BM5');
      expect(await page.getByRole('form', { name: 'Log a meeting' }).count()).toBe(0);
      await expectAccessible(page, `match meetings, ${who}`);
      if (who === 'hub staff') await app.browser.screenshot(page, 'match-meetings');
    }
  });
});
