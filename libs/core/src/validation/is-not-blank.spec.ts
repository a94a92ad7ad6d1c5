import { validateSync } from 'class-validator';
import { IsNotBlank } from './is-not-blank';

class Titled {
  @IsNotBlank()
  title: unknown;

  @IsNotBlank({ each: true })
  tags: unknown[] = ['ok'];
}

const errorsFor = (title: unknown, tags?: unknown[]) =>
  validateSync(Object.assign(new Titled(), { title }, tags ? { tags } : {})).map((e) => ({
    property: e.property,
    messages: Object.values(e.constraints ?? {}),
  }));

describe('IsNotBlank', () => {
  it('refuses empty and whitespace-only text, and anything not text', () => {
    for (const blank of ['', ' ', '\t\n ', '\u00a0', null, 42]) {
      expect(errorsFor(blank)).toEqual([
        { property: 'title', messages: ['title must not be blank'] },
      ]);
    }
  });

  it('accepts text that says something, spaces around it included', () => {
    expect(errorsFor('Studio visit')).toEqual([]);
    expect(errorsFor('  A  ')).toEqual([]);
  });

  it('checks every item with each: true', () => {
    expect(errorsFor('ok', ['Gaming', '  '])).toEqual([
      { property: 'tags', messages: ['tags must not hold blank items'] },
    ]);
  });
});
