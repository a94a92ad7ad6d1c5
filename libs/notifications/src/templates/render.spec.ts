import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationKind } from '../entities/notification.enums';
import { renderNotification } from './render';

const subject = {
  hubName: 'Liverpool City Region Careers Hub',
  adviserId: 'a1',
  adviserName: 'Ada <Lovelace>',
  institutionId: 'i1',
  institutionName: 'Mersey Academy',
  employerId: null,
  employerName: null,
  opportunityId: null,
  opportunityTitle: null,
  startsOn: null,
  endsOn: null,
};

describe('renderNotification', () => {
  it('names the hub, links to act, and escapes names in HTML', () => {
    const message = renderNotification(
      NotificationKind.MATCH_PROPOSED,
      { subject, payload: { matchId: 'm1' }, aggregateId: 'm1' },
      {
        recipientName: 'Sam',
        publicUrl: 'https://hub.example/',
        unsubscribeUrl: 'https://hub.example/u?t=1',
      },
    );
    expect(message.subject).toBe('Proposed match: Ada <Lovelace> with Mersey Academy');
    expect(message.actionUrl).toBe('https://hub.example/console/matches/m1');
    expect(message.text).toContain('Liverpool City Region Careers Hub has proposed');
    expect(message.text).toContain('https://hub.example/u?t=1');
    expect(message.summary).toBe(
      'Liverpool City Region Careers Hub has proposed Ada <Lovelace> as Enterprise Adviser to Mersey Academy.\n\nThe adviser can accept or decline the proposal.',
    );
    expect(message.html).toContain('Ada &lt;Lovelace&gt;');
    expect(message.html).not.toContain('<Lovelace>');
  });

  it('has a template for every kind', () => {
    for (const kind of Object.values(NotificationKind)) {
      const message = renderNotification(
        kind,
        {
          subject,
          payload: { count: 3, academicYear: '2025/26', institutions: ['A', 'B', 'C'] },
          aggregateId: 'x',
        },
        { recipientName: 'Sam', publicUrl: 'https://hub.example' },
      );
      expect(message.subject.length).toBeGreaterThan(5);
      expect(message.text).toContain(message.actionUrl);
    }
  });

  it('links every kind to a page the console has, under PUBLIC_URL', () => {
    const app = readFileSync(
      join(__dirname, '..', '..', '..', '..', 'apps', 'console', 'src', 'App.tsx'),
      'utf8',
    );
    const routes = [...app.matchAll(/<Route path="(\/[^"*]*)"/g)].map(
      ([, path]) => new RegExp(`^/console${path.replace(/:\w+/g, '[^/]+')}$`),
    );
    expect(routes.length).toBeGreaterThan(3);
    for (const kind of Object.values(NotificationKind)) {
      const { actionUrl } = renderNotification(
        kind,
        {
          subject: { ...subject, opportunityId: 'o1' },
          payload: { matchId: 'm1', bookingId: 'b1', count: 1, institutions: ['A'] },
          aggregateId: 'x1',
        },
        { recipientName: 'Sam', publicUrl: 'https://hub.example/base' },
      );
      expect(actionUrl.startsWith('https://hub.example/base/console/')).toBe(true);
      const path = actionUrl.slice('https://hub.example/base'.length);
      expect({ kind, opens: routes.some((route) => route.test(path)) }).toEqual({
        kind,
        opens: true,
      });
    }
  });
});
