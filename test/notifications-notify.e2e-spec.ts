import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { NotifyStandIn, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  emailOf,
  FAST_NOTIFICATIONS,
  matchParties,
  PROPOSE,
  proposeVariables,
} from './notifications.fixtures';

describe('GOV.UK Notify transport (e2e)', () => {
  let t: TestApp;
  let notify: NotifyStandIn;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    notify = await NotifyStandIn.start();
    t = await TestApp.start({
      ...FAST_NOTIFICATIONS,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_TEMPLATE_ID: notify.templateId,
      NOTIFY_BASE_URL: notify.baseUrl,
    });
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await notify.stop();
  });

  it('sends through Notify with a valid token, the template, personalisation and our reference', async () => {
    const hubId = (await t.createHub('NFY', 'Wirral Careers Hub')).id;
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const parties = await matchParties(t, staff, hubId);
    await staff.ok(PROPOSE, proposeVariables(parties.adviser.adviserId, parties.institutionId));
    const db = t.get(DataSource);
    await waitUntil(async () => {
      const rows = await db.query(`SELECT status FROM notifications WHERE channel = 'EMAIL'`);
      return rows.length === 2 && rows.every((r: { status: string }) => r.status === 'SENT');
    }, 'both emails are SENT');

    expect(notify.rejected).toEqual([]);
    expect(notify.accepted).toHaveLength(2);
    const adviserEmail = await emailOf(t, parties.adviser.user.userId);
    const request = notify.accepted.find((r) => r.email_address === adviserEmail)!;
    expect(request.template_id).toBe(notify.templateId);
    expect(request.personalisation?.subject).toBe(
      `Proposed match: ${parties.adviser.name} with ${parties.institutionName}`,
    );
    expect(request.personalisation?.body).toContain('Wirral Careers Hub has proposed');
    const [row] = await db.query(
      `SELECT id FROM notifications WHERE channel = 'EMAIL' AND recipient_email = $1`,
      [adviserEmail],
    );
    expect(request.reference).toBe(row.id);
    expect(request.one_click_unsubscribe_url).toContain('/notifications/unsubscribe?token=');
  });

  it('fails at once on a request Notify refuses for good', async () => {
    const db = t.get(DataSource);
    const hubId = (await t.createHub('NFZ')).id;
    // An adviser without an account, at an address Notify's validation refuses (400).
    await db.query(
      `INSERT INTO advisers (hub_id, name, email, status) VALUES ($1, 'No Domain', 'nodomain@localhost', 'ACTIVE') RETURNING id`,
      [hubId],
    );
    await db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id)
       SELECT $1, 'adviser.approved', 'adviser', id FROM advisers WHERE email = 'nodomain@localhost'`,
      [hubId],
    );
    const row = await waitUntil(async () => {
      const [r] = await db.query(
        `SELECT status, attempts, last_error FROM notifications WHERE recipient_email = 'nodomain@localhost'`,
      );
      return r?.status === 'FAILED' ? r : null;
    }, 'the email is FAILED');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain('Notify 400');
    expect(notify.rejected.map((r) => r.status)).toEqual([400]);
  });
});
