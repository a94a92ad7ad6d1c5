import { mentionsOf } from './mentions';

describe('mentionsOf', () => {
  it('matches each value plainly, as HTML and as JSON text, longest first, as whole words', () => {
    const mentions = mentionsOf(["Erin O'Neil", 'erin@example.test'], 'Erased');
    expect(mentions).toEqual({
      pattern: "(?<![[:alnum:]_])(erin@example\\.test|Erin O&#39;Neil|Erin O'Neil)(?![[:alnum:]_])",
      replacement: 'Erased',
    });
  });

  it('escapes what a regular expression would read as an operator', () => {
    expect(mentionsOf(['Ann (Jo) Smith+1'], 'x')?.pattern).toContain('Ann \\(Jo\\) Smith\\+1');
    expect(mentionsOf(['Say "hi"'], 'x')?.pattern).toContain('Say \\\\"hi\\\\"');
  });

  it('looks for nothing when no value is long enough', () => {
    expect(mentionsOf(['', ' ', 'A'], 'x')).toBeNull();
  });
});
