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
    expect(message.actionUrl).toBe('https://hub.example/matches/m1');
    expect(message.text).toContain('Liverpool City Region Careers Hub has proposed');
    expect(message.text).toContain('https://hub.example/u?t=1');
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
});
