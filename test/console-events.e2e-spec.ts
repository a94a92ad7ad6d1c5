import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@chn/core';
import { SmtpSink, TEST_PASSWORD, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { adviserWithAccount, emailOf, FAST_NOTIFICATIONS } from './notifications.fixtures';
import { daysFromToday } from './opportunities.fixtures';
import { ConsoleBrowser, expectAccessible } from './support/console-browser';

describe('hub events in the console (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let browser: ConsoleBrowser;
  let hubId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    worker = await createWorkerApp();
    browser = await ConsoleBrowser.launch();
    hubId = (await t.createHub('CEV', 'Halton Careers Hub')).id;
    await t.signedIn(Role.HUB_STAFF, hubId, 'staff@halton.example');
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('staff plan and publish an event; a parent registers from a phone and confirms; an adviser registers', async () => {
    const staff = await browser.signIn(t.baseUrl, 'staff@halton.example', TEST_PASSWORD);
    await staff
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Events' })
      .click();
    await staff.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    const form = staff.getByRole('form', { name: 'Plan an event' });
    await form.getByLabel('Kind').selectOption({ label: 'Parent and carer session' });
    await form.getByLabel('Title').fill('Careers in gaming: a panel for parents');
    await form.getByLabel('Venue (in person)').fill('Halton Stadium');
    await form.getByLabel('Starts').fill(`${daysFromToday(10)}T18:00`);
    await form.getByLabel('Ends').fill(`${daysFromToday(10)}T20:00`);
    await form.getByLabel('Capacity (people)').fill('90');
    await form.getByLabel('Parents and carers').check();
    await form.getByLabel('Enterprise Advisers').check();
    await expectAccessible(staff, 'events page with the planning form');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await staff.getByTestId('event-detail').waitFor();
    await staff.getByRole('button', { name: 'Publish and invite' }).click();
    await staff.getByTestId('event-status').getByText('PUBLISHED').waitFor();
    await expectAccessible(staff, 'event page for hub staff');
    const publicPath = await staff
      .getByRole('link', { name: /\/console\/events\/public\// })
      .getAttribute('href');

    const parent = await browser.visit(`${t.baseUrl}${publicPath}`, (page) =>
      page.setViewportSize({ width: 375, height: 740 }),
    );
    const registration = parent.getByRole('form', {
      name: 'Register for Careers in gaming: a panel for parents',
    });
    await registration.getByRole('button', { name: 'Register' }).click();
    await parent.getByTestId('problems').getByText('Enter your full name').waitFor();
    await registration.getByLabel('Your full name').fill('Pat Parent');
    await registration.getByLabel('Email').fill('pat@family.example');
    await registration.getByLabel('How many will come, you included').fill('2');
    await registration.getByLabel('Send me the resources after the event').check();
    await expectAccessible(parent, 'public event page on a phone');
    await browser.screenshot(parent, 'public-event-registration');
    await registration.getByRole('button', { name: 'Register' }).click();
    await parent.getByTestId('registration-received').waitFor();

    const mail = await waitUntil(
      () => sink.to('pat@family.example').find((m) => m.subject.startsWith('Confirm your')),
      'the confirmation link reaches the parent',
    );
    const link = /\/console\/events\/confirm\?token=\S+/.exec(mail.text)![0];
    const confirm = await browser.visit(`${t.baseUrl}${link}`, (page) =>
      page.setViewportSize({ width: 375, height: 740 }),
    );
    await confirm.getByRole('button', { name: 'Confirm my registration' }).click();
    await confirm.getByTestId('registration-confirmed').waitFor();
    await expectAccessible(confirm, 'registration confirmed');

    const staffClient = await t.client.login('staff@halton.example', TEST_PASSWORD);
    const { user } = await adviserWithAccount(t, staffClient, hubId, 'Ada Adviser');
    const adviser = await browser.signIn(t.baseUrl, await emailOf(t, user.userId), TEST_PASSWORD);
    await adviser
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Events' })
      .click();
    await adviser.getByRole('link', { name: 'Careers in gaming: a panel for parents' }).click();
    await adviser.getByRole('button', { name: 'Register', exact: true }).click();
    await adviser.getByText('Your place is confirmed').waitFor();
    await expectAccessible(adviser, 'event page for an adviser');

    await staff.reload();
    const rows = staff.getByTestId('event-registrations').getByRole('row');
    await rows.filter({ hasText: 'pat@family.example' }).waitFor();
    await rows.filter({ hasText: 'ADVISER user' }).waitFor();
    await staff.getByTestId('event-places').getByText('3 of 90 taken').waitFor();
  });
});
