import { UnsubscribeTokens } from './unsubscribe-token';

describe('UnsubscribeTokens', () => {
  const tokens = new UnsubscribeTokens('a-secret-of-sixteen-chars');

  it('reads back what it signed', () => {
    const token = tokens.sign({ email: 'ada@example.test', kind: 'MATCH_PROPOSED' });
    expect(tokens.verify(token)).toEqual({ email: 'ada@example.test', kind: 'MATCH_PROPOSED' });
  });

  it('refuses a token changed, signed with another secret, or not a token at all', () => {
    const token = tokens.sign({ email: 'ada@example.test', kind: 'MATCH_PROPOSED' });
    const [, mac] = token.split('.');
    const other = Buffer.from(JSON.stringify(['eve@example.test', 'MATCH_PROPOSED'])).toString(
      'base64url',
    );
    expect(tokens.verify(`${other}.${mac}`)).toBeNull();
    expect(new UnsubscribeTokens('another-secret-of-16').verify(token)).toBeNull();
    expect(tokens.verify('nonsense')).toBeNull();
  });
});
