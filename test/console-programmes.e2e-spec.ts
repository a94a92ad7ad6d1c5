import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { InstitutionsService, InstitutionType } from '@chn/institutions';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
import {
  createEmployer,
  daysFromToday,
  employerUser,
  hubAdminActor,
  SignedIn,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

describe('programmes in the console (e2e)', () => {
  const app = consoleApp();
  let hubId: string;
  let staff: SignedIn;
  let leader: SignedIn;
  let host: SignedIn;

  beforeAll(async () => {
    hubId = (await app.t.createHub('PGC', 'Wirral Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
    leader = await app.t.signedIn(Role.CAREERS_LEADER, hubId);
    host = await employerUser(
      app.t,
      hubId,
      await createEmployer(app.t, hubId, 'Arrowe Park Hospital'),
    );
    await app.t.get(InstitutionsService).create(hubAdminActor(hubId), {
      urn: '820001',
      name: 'Birkenhead Park School',
      type: InstitutionType.SEND,
      fsmPercent: 48,
      careersLeaderId: leader.userId,
      laCode: '344',
      laName: 'Wirral',
    });
  });

  it('hub staff create a programme, add a school with its cohort and record a session', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, staff.userId),
      TEST_PASSWORD,
    );
    const nav = page.getByRole('navigation', { name: 'Console pages' });
    await nav.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('heading', { name: 'Programmes', level: 1 }).waitFor();
    await page.getByText('No programme yet: create the first.').waitFor();
    await page.getByRole('button', { name: 'New programme' }).click();

    const form = page.getByRole('form', { name: 'New programme' });
    await form.getByLabel('Name').fill('Supported Internship');
    await form.getByLabel('Kind').selectOption('SUPPORTED_INTERNSHIP');
    await form.getByLabel('Sectors (separated by commas)').fill('Health & Social Care');
    await form.getByLabel('Starts on').fill(daysFromToday(-30));
    await form.getByLabel('Ends on').fill(daysFromToday(200));
    await form
      .getByLabel('Description')
      .fill('Seven students at the hospital three to four days a week.');
    await form.getByLabel('Arrowe Park Hospital').check();
    await expectAccessible(page, 'programmes, new programme');
    await form.getByRole('button', { name: 'Create programme' }).click();

    await page.getByRole('heading', { name: 'Supported Internship', level: 1 }).waitFor();
    await page.getByText('Arrowe Park Hospital').waitFor();
    const add = page.getByRole('form', { name: 'Add a school or college' });
    await add.getByLabel('Find a school or college (name or URN)').fill('Birkenhead');
    await add
      .getByLabel('School or college to add')
      .selectOption({ label: 'Birkenhead Park School (820001)' });
    await add.getByLabel('Year 13').fill('7');
    await add.getByLabel('Of them, with SEND').fill('7');
    await add.getByLabel('Of them, FSM-eligible').fill('3');
    await add.getByRole('button', { name: 'Add to the programme' }).click();
    await page
      .getByTestId('participants')
      .getByRole('row')
      .filter({ hasText: 'Birkenhead Park School' })
      .waitFor();

    const record = page.getByRole('form', { name: 'Record a session' });
    await record.getByLabel('Held on').fill(daysFromToday(0));
    await record.getByLabel('Year 13').fill('9');
    await record.getByRole('button', { name: 'Record the session' }).click();
    // More than the cohort: refused with the reason, nothing recorded.
    await record.getByRole('alert').getByText('REACH_EXCEEDS_COHORT', { exact: false }).waitFor();
    await record.getByLabel('Year 13').fill('6');
    await record.getByLabel('Notes (no pupil’s name)').fill('Pharmacy rotation');
    await record.getByRole('button', { name: 'Record the session' }).click();
    const sessions = page.getByTestId('sessions');
    await sessions.getByRole('row').filter({ hasText: 'Pharmacy rotation' }).waitFor();
    await expectAccessible(page, 'programme page, hub staff');
    await app.browser.screenshot(page, 'programme-page');
    const [row] = await app.t
      .get(DataSource)
      .query('SELECT pupils_reached, held_on::text AS held_on FROM programme_sessions');
    expect(row).toEqual({ pupils_reached: 6, held_on: daysFromToday(0) });

    await nav.getByRole('link', { name: 'Hub overview' }).click();
    const byProgramme = page.getByTestId('reach-by-programme');
    const programmeRow = byProgramme.getByRole('row').filter({ hasText: 'Supported Internship' });
    await programmeRow.waitFor();
    expect(await programmeRow.locator('td').allTextContents()).toEqual([
      '1',
      '1',
      '6',
      '100.0%',
      '100.0%',
    ]);
    await page.getByRole('figure', { name: /Pupils reached by programme/ }).waitFor();
    await expectAccessible(page, 'overview with network activity');
    await app.browser.screenshot(page, 'overview-network-activity');
  });

  it('the careers leader and the host employer see the programme, without changing it', async () => {
    for (const user of [leader, host]) {
      const page = await app.browser.signIn(
        app.t.baseUrl,
        await emailOf(app.t, user.userId),
        TEST_PASSWORD,
      );
      await page
        .getByRole('navigation', { name: 'Console pages' })
        .getByRole('link', { name: 'Programmes' })
        .click();
      await page
        .getByTestId('programmes')
        .getByRole('link', { name: 'Supported Internship' })
        .click();
      await page.getByRole('heading', { name: 'Supported Internship', level: 1 }).waitFor();
      await page
        .getByTestId('participants')
        .getByRole('row')
        .filter({ hasText: 'Birkenhead Park School' })
        .waitFor();
      await page.getByTestId('sessions').getByRole('row').filter({ hasText: 'Pharmacy' }).waitFor();
      for (const form of ['Add a school or college', 'Record a session'])
        expect(await page.getByRole('form', { name: form }).count()).toBe(0);
      for (const button of ['Change the programme', 'Remove'])
        expect(await page.getByRole('button', { name: button }).count()).toBe(0);
      await expectAccessible(
        page,
        `programme page, ${user === leader ? 'careers leader' : 'employer'}`,
      );
      await page.close();
    }
  });
});
