import { unstorableCsvCell, unstorableFields, unstorableTextProblem } from './storable-text';

describe('storable text', () => {
  it('accepts ordinary text, emoji and other paired surrogates', () => {
    expect(unstorableTextProblem('Café – 10 days 🎓 of experience')).toBeNull();
  });

  it('refuses a NUL character and a lone surrogate of either half', () => {
    expect(unstorableTextProblem('bad\u0000title')).toBe(
      'holds a NUL character (U+0000), which cannot be stored',
    );
    expect(unstorableTextProblem('bad \ud800 surrogate')).toBe(
      'holds a lone surrogate (U+D800), which cannot be stored',
    );
    expect(unstorableTextProblem('\udc00 first')).toBe(
      'holds a lone surrogate (U+DC00), which cannot be stored',
    );
    expect(unstorableTextProblem('ends \ud83c')).toMatch(/U\+D83C/);
  });

  it('names the line of text that has several, such as a CSV file', () => {
    expect(unstorableTextProblem('urn,name\r\n100001,Good\r\n100002,Ba\u0000d\r\n')).toBe(
      'holds a NUL character (U+0000) on line 3, which cannot be stored',
    );
  });

  it('finds every unstorable string in an argument by its path', () => {
    const args = {
      input: {
        title: 'ok',
        tags: ['fine', 'a\u0000'],
        when: new Date(0),
        nested: { note: '\ud800' },
      },
      first: 10,
      after: null,
    };
    expect(unstorableFields(args, '')).toEqual([
      {
        field: 'input.tags.1',
        messages: ['holds a NUL character (U+0000), which cannot be stored'],
      },
      {
        field: 'input.nested.note',
        messages: ['holds a lone surrogate (U+D800), which cannot be stored'],
      },
    ]);
    expect(unstorableFields('x\u0000', 'name')).toEqual([
      { field: 'name', messages: ['holds a NUL character (U+0000), which cannot be stored'] },
    ]);
    expect(unstorableFields({ name: 'fine' }, 'input')).toEqual([]);
  });

  it('names the column of a CSV cell, by its header when there is one', () => {
    expect(unstorableCsvCell(['100001', 'Ba\u0000d'], ['urn', 'name'])).toBe(
      'column "name" holds a NUL character (U+0000), which cannot be stored',
    );
    expect(unstorableCsvCell(['urn', 'na\u0000me'])).toBe(
      'column 2 holds a NUL character (U+0000), which cannot be stored',
    );
    expect(unstorableCsvCell(['100001', 'Good'], ['urn', 'name'])).toBeNull();
  });
});
