import { parse } from 'graphql';
import { unstorableArguments } from './storable-text.plugin';

const NUL = 'holds a NUL character (U+0000), which cannot be stored';

describe('unstorableArguments', () => {
  it('names arguments by their path, whether written in the document or given as variables', () => {
    const document = parse(`
      mutation ($input: CreateInput!, $tag: String, $note: String = "n\\u0000") {
        create(input: $input) { id }
        tag(names: ["ok", $tag], filter: { search: "a\\u0000" }) { id }
        ... on Mutation { other(note: $note) }
      }`);
    expect(
      unstorableArguments(document, {
        input: { title: 'bad\u0000title', places: 3 },
        tag: '\u0000',
      }),
    ).toEqual([
      { field: 'note', messages: [NUL] },
      { field: 'input.title', messages: [NUL] },
      { field: 'names.1', messages: [NUL] },
      { field: 'filter.search', messages: [NUL] },
    ]);
  });

  it('finds nothing in ordinary arguments', () => {
    const document = parse(
      'query ($s: String) { institutions(first: 5, filter: { search: $s }) { id } }',
    );
    expect(unstorableArguments(document, { s: 'Café 🎓' })).toEqual([]);
  });
});
