import { csvCell, toCsv } from './csv-write';

describe('CSV export', () => {
  it('quotes cells holding separators, quotes or line breaks', () => {
    expect(csvCell('St Mary’s, Bootle')).toBe('"St Mary’s, Bootle"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
  });

  it('writes numbers, booleans and blanks as they are', () => {
    expect(csvCell(-4.5)).toBe('-4.5');
    expect(csvCell(97.3)).toBe('97.3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});
