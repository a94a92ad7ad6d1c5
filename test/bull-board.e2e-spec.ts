import { Role } from '@chn/core';
import { JobQueue, QueueName } from '@chn/queue';
import { GraphqlClient, TestApp } from '@chn/testing';

const BOARD = '/admin/queues';
/** A read route (the page and its data) and an action route that would stop every hub's email. */
const ROUTES = [
  { method: 'GET', path: BOARD },
  { method: 'GET', path: `${BOARD}/api/queues` },
  { method: 'PUT', path: `${BOARD}/api/queues/${QueueName.NOTIFICATIONS}/pause` },
] as const;

const tokenOf = (client: GraphqlClient) => (client as unknown as { token: string }).token;

describe('Bull Board access (e2e)', () => {
  let t: TestApp;
  const refused = new Map<string, GraphqlClient>();
  let national: GraphqlClient;

  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}${path}`, { method, headers, redirect: 'manual' });
  const notificationsPaused = () =>
    t
      .get(JobQueue)
      .allQueues()
      .find((queue) => queue.name === QueueName.NOTIFICATIONS)!
      .isPaused();

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('BOARD');
    const otherHub = await t.createHub('BOARD2');
    for (const role of Object.values(Role)) {
      refused.set(`${role} of a hub`, await t.signedIn(role, hub.id));
    }
    refused.set('HUB_ADMIN of a second hub', await t.signedIn(Role.HUB_ADMIN, otherHub.id));
    national = await t.signedIn(Role.HUB_ADMIN, null);
  });
  afterAll(() => t.stop());

  it('asks for a sign-in without a valid token', async () => {
    for (const { method, path } of ROUTES) {
      expect((await call(method, path)).status).toBe(401);
      expect((await call(method, path, { authorization: 'Bearer nonsense' })).status).toBe(401);
    }
    expect(await notificationsPaused()).toBe(false);
  });

  it('refuses every role of a hub, hub administrators included, on read and action routes', async () => {
    const answers = [];
    for (const [who, client] of refused) {
      for (const { method, path } of ROUTES) {
        const bearer = await call(method, path, { authorization: `Bearer ${tokenOf(client)}` });
        const cookie = await call(method, path, { cookie: `chn_token=${tokenOf(client)}` });
        answers.push(`${who} ${method} ${path}: ${bearer.status} ${cookie.status}`);
      }
    }
    expect(answers).toEqual(
      [...refused.keys()].flatMap((who) =>
        ROUTES.map(({ method, path }) => `${who} ${method} ${path}: 403 403`),
      ),
    );
    expect(await notificationsPaused()).toBe(false);
  });

  it('opens the board and its actions to a national administrator', async () => {
    const auth = { authorization: `Bearer ${tokenOf(national)}` };
    const page = await call('GET', BOARD, auth);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect((await call('GET', BOARD, { cookie: `chn_token=${tokenOf(national)}` })).status).toBe(
      200,
    );
    const api = await call('GET', `${BOARD}/api/queues`, auth);
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain(QueueName.NOTIFICATIONS);

    expect((await call('PUT', ROUTES[2].path, auth)).status).toBe(200);
    expect(await notificationsPaused()).toBe(true);
    const resume = `${BOARD}/api/queues/${QueueName.NOTIFICATIONS}/resume`;
    expect((await call('PUT', resume, auth)).status).toBe(200);
    expect(await notificationsPaused()).toBe(false);
  });
});
