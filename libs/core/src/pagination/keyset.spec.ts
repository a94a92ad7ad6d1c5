import { DomainError } from '../errors';
import { decodeCursor, encodeCursor } from './keyset';

describe('cursors', () => {
  it('round-trips sort value and id', () => {
    const cursor = encodeCursor(['abbot', 'f3a1']);
    expect(decodeCursor(cursor, 2)).toEqual(['abbot', 'f3a1']);
  });

  it('rejects a cursor it did not make', () => {
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(DomainError);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(DomainError);
  });
});
