import { diff } from './record-audit';

describe('diff', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(diff({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', c: [1, 2] })).toEqual({
      b: { from: 'x', to: 'y' },
      c: { from: [1], to: [1, 2] },
    });
  });

  it('treats a missing value as null', () => {
    expect(diff({}, { note: 'new' })).toEqual({ note: { from: null, to: 'new' } });
    expect(diff({ a: 1 }, { a: 1 })).toEqual({});
  });
});
