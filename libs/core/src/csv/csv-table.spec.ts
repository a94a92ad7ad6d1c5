import { CsvRefusedError, readCsvTable } from './csv-table';
import { csvBoolean, csvDate, csvList } from './csv-values';

function problems(csv: string, required: string[] = []): string[] {
  try {
    readCsvTable(csv, required);
  } catch (error) {
    if (error instanceof CsvRefusedError)
      return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readCsvTable', () => {
  it('reads a file as Excel saves it: BOM, CRLF, quoted fields, header in any case', () => {
    const csv =
      '\uFEFFName,EMAIL\r\n"Okafor, Ada","ada@example.org"\r\n\r\n"Two\r\nLines",b@example.org\r\nCy,c@x.org\r\n';
    const { headerLine, columns, rows } = readCsvTable(csv, ['email']);
    expect(headerLine).toBe(1);
    expect(columns).toEqual(['name', 'email']);
    expect(
      rows.map((row) => [row.line, row.cell('name'), row.cell('email'), row.cell('absent')]),
    ).toEqual([
      [2, 'Okafor, Ada', 'ada@example.org', ''],
      [4, 'Two\r\nLines', 'b@example.org', ''],
      [6, 'Cy', 'c@x.org', ''],
    ]);
  });

  it('refuses empty and malformed files and missing columns, with lines', () => {
    expect(problems('\uFEFF \r\n')).toEqual(['1: the file is empty']);
    expect(problems('a,b\n1,2\n"3,4')[0]).toMatch(/^3: malformed CSV/);
    expect(problems('a,b\n1,2', ['a', 'c', 'd'])).toEqual(['1: missing column(s): c, d']);
  });
});

describe('CSV values', () => {
  it('reads dates as ISO or as UK spreadsheets write them, refusing impossible ones', () => {
    expect(csvDate('2024-02-29')).toBe('2024-02-29');
    expect(csvDate('01/09/2023')).toBe('2023-09-01');
    expect(csvDate('1/9/2023')).toBe('2023-09-01');
    expect(csvDate('31/02/2023')).toBeNull();
    expect(csvDate('09/01/23')).toBeNull();
  });

  it('reads yes/no and semicolon lists', () => {
    expect([csvBoolean('Yes'), csvBoolean('n'), csvBoolean('TRUE'), csvBoolean('maybe')]).toEqual([
      true,
      false,
      true,
      null,
    ]);
    expect(csvList(' Digital ; Gaming;;Digital\nFinance ')).toEqual([
      'Digital',
      'Gaming',
      'Finance',
    ]);
  });
});
