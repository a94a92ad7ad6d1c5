import { readFileSync } from 'fs';
import { join } from 'path';
import { InstitutionRecord, MalformedCsvError, parseInstitutionsCsv } from './gias-csv';
import { InstitutionType } from './institution-type';

const EXTRACT_HEADER =
  'urn,name,la_code,la_name,type,type_group,phase,status,low_age,high_age,postcode,town,pupils,fsm_percent,ukprn';
const EXTRACT_COLUMNS = EXTRACT_HEADER.split(',');

function extractRow(values: Record<string, string>): string {
  const row: Record<string, string> = {
    la_code: '341',
    la_name: 'Liverpool',
    phase: 'Secondary',
    status: 'Open',
    ...values,
  };
  return EXTRACT_COLUMNS.map((column) => row[column] ?? '').join(',');
}

function extractFile(...rows: string[]): string {
  return [EXTRACT_HEADER, ...rows].join('\n') + '\n';
}

function parseError(csv: string): MalformedCsvError {
  try {
    parseInstitutionsCsv(csv);
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedCsvError);
    return error as MalformedCsvError;
  }
  throw new Error('expected parseInstitutionsCsv to throw');
}

describe('parseInstitutionsCsv', () => {
  describe('extract format', () => {
    it('maps every column of a row', () => {
      const csv = extractFile(
        '100001,  The   Example  Academy ,341,Liverpool,Academy converter,Academies,Secondary,Open,11,18,l1 1aa,Liverpool,1023,24.56,10012345',
      );

      expect(parseInstitutionsCsv(csv)).toEqual({
        records: [
          {
            line: 2,
            urn: '100001',
            ukprn: '10012345',
            name: 'The Example Academy',
            type: InstitutionType.MAINSTREAM,
            typeInferred: false,
            phase: 'Secondary',
            laCode: '341',
            laName: 'Liverpool',
            postcode: 'L1 1AA',
            town: 'Liverpool',
            pupils: 1023,
            fsmPercent: 24.6,
            status: 'Open',
            lowAge: 11,
            highAge: 18,
          },
        ],
        rejected: [],
        skipped: [],
      });
    });

    it('turns empty cells into null and infers the type from the phase', () => {
      const { records } = parseInstitutionsCsv(
        extractFile(
          extractRow({ urn: '1234567', name: 'Empty Cells School', phase: 'Not applicable' }),
        ),
      );

      expect(records).toEqual([
        {
          line: 2,
          urn: '1234567',
          ukprn: null,
          name: 'Empty Cells School',
          type: InstitutionType.SEND,
          typeInferred: true,
          phase: 'Not applicable',
          laCode: '341',
          laName: 'Liverpool',
          postcode: null,
          town: null,
          pupils: null,
          fsmPercent: null,
          status: 'Open',
          lowAge: null,
          highAge: null,
        },
      ]);
    });

    it('takes the hub’s own type from a hub_type column over the GIAS type, and refuses an unknown one', () => {
      const { records, rejected } = parseInstitutionsCsv(
        [
          'urn,name,type,phase,hub_type',
          '720001,Harbour Academy,Academy converter,Secondary,ap',
          '720002,Brook School,Community school,Primary,',
          '720003,Oak School,Community school,Primary,SPECIAL',
        ].join('\n'),
      );
      expect(records.map((r) => [r.urn, r.type, r.typeInferred])).toEqual([
        ['720001', InstitutionType.AP, false],
        ['720002', InstitutionType.MAINSTREAM, false],
      ]);
      expect(rejected).toEqual([
        {
          line: 4,
          urn: '720003',
          reason: 'hub_type "SPECIAL" is not one of MAINSTREAM, SEND, AP, POST_16',
        },
      ]);
    });

    it('rounds FSM % to one decimal and accepts the 0 and 100 bounds', () => {
      const { records, rejected } = parseInstitutionsCsv(
        extractFile(
          extractRow({ urn: '100001', name: 'A', fsm_percent: '53.05' }),
          extractRow({ urn: '100002', name: 'B', fsm_percent: '0' }),
          extractRow({ urn: '100003', name: 'C', fsm_percent: '100' }),
          extractRow({ urn: '100004', name: 'D', fsm_percent: '7.04' }),
        ),
      );

      expect(rejected).toEqual([]);
      expect(records.map((r) => r.fsmPercent)).toEqual([53.1, 0, 100, 7]);
    });

    it('reports file line numbers across blank rows, CRLF and multi-line quoted fields', () => {
      const csv = [
        EXTRACT_HEADER,
        extractRow({ urn: '100001', name: 'First' }),
        '',
        '100002,"Split',
        'Name  School",341,Liverpool,,,Secondary,Open,,,,,,,',
        ',,,,,,,,,,,,,,',
        '  ',
        extractRow({ urn: '100003', name: 'Last' }),
        extractRow({ urn: '1', name: 'Bad' }),
      ].join('\r\n');

      const { records, rejected } = parseInstitutionsCsv(csv);

      expect(records.map((r) => [r.line, r.urn, r.name])).toEqual([
        [2, '100001', 'First'],
        [4, '100002', 'Split Name School'],
        [8, '100003', 'Last'],
      ]);
      expect(rejected).toEqual([{ line: 9, urn: '1', reason: 'URN "1" is not 5 to 7 digits' }]);
    });

    it('returns nothing for a header-only file', () => {
      expect(parseInstitutionsCsv(EXTRACT_HEADER + '\n')).toEqual({
        records: [],
        rejected: [],
        skipped: [],
      });
    });
  });

  describe('real LCR extract (libs/institutions/data/lcr-establishments.csv)', () => {
    const parsed = parseInstitutionsCsv(
      readFileSync(join(__dirname, '../../data/lcr-establishments.csv'), 'utf8'),
    );
    const byUrn = (urn: string): InstitutionRecord | undefined =>
      parsed.records.find((r) => r.urn === urn);
    const count = (pick: (r: InstitutionRecord) => boolean): number =>
      parsed.records.filter(pick).length;

    it('accepts all 155 rows, one per line', () => {
      expect(parsed.rejected).toEqual([]);
      expect(parsed.records).toHaveLength(155);
      expect(parsed.records.map((r) => r.line)).toEqual(
        Array.from({ length: 155 }, (_, i) => i + 2),
      );
    });

    it('infers every type from the phase', () => {
      expect(parsed.records.every((r) => r.typeInferred)).toBe(true);
      const expected: Record<string, InstitutionType[]> = {
        '16 plus': [InstitutionType.POST_16],
        'Not applicable': [InstitutionType.SEND, InstitutionType.AP],
        Secondary: [InstitutionType.MAINSTREAM],
        'All-through': [InstitutionType.MAINSTREAM],
      };
      for (const record of parsed.records) {
        expect(expected[record.phase ?? '']).toContain(record.type);
      }
      expect(count((r) => r.type === InstitutionType.POST_16)).toBe(10);
      expect(parsed.records.find((r) => r.urn === '139114')?.type).toBe(InstitutionType.AP);
      expect(count((r) => r.type === InstitutionType.AP)).toBe(2);
      expect(count((r) => r.type === InstitutionType.SEND)).toBe(49);
      expect(count((r) => r.type === InstitutionType.MAINSTREAM)).toBe(94);
    });

    it('matches the per-LA counts in the README', () => {
      const perLa = { '876': 15, '340': 11, '341': 53, '342': 17, '343': 27, '344': 32 };
      for (const [laCode, total] of Object.entries(perLa)) {
        expect(count((r) => r.laCode === laCode)).toBe(total);
      }
      expect(count((r) => r.fsmPercent === null)).toBe(14);
    });

    it('parses specific establishments', () => {
      expect(byUrn('130622')).toEqual({
        line: 2,
        urn: '130622',
        ukprn: null,
        name: 'Riverside College Halton',
        type: InstitutionType.POST_16,
        typeInferred: true,
        phase: '16 plus',
        laCode: '876',
        laName: 'Halton',
        postcode: null,
        town: null,
        pupils: null,
        fsmPercent: null,
        status: 'Open',
        lowAge: null,
        highAge: null,
      });
      expect(byUrn('144617')).toMatchObject({
        name: 'The Grange School',
        phase: 'All-through',
        type: InstitutionType.MAINSTREAM,
        fsmPercent: 53.1,
      });
      expect(byUrn('111515')).toMatchObject({ type: InstitutionType.SEND, fsmPercent: 57 });
      expect(byUrn('104850')).toMatchObject({
        name: 'Jigsaw Primary Pupil Referral Unit',
        type: InstitutionType.AP,
        typeInferred: true,
        laName: 'Sefton',
      });
      expect(byUrn('137675')).toMatchObject({
        line: 65,
        name: "King's Leadership Academy, Liverpool",
        fsmPercent: 61.8,
      });
    });
  });

  describe('GIAS edubasealldata format', () => {
    const header = [
      '\uFEFFURN',
      'LA (code)',
      'LA (name)',
      'EstablishmentNumber',
      'EstablishmentName',
      'TypeOfEstablishment (code)',
      'TypeOfEstablishment (name)',
      'EstablishmentTypeGroup (code)',
      'EstablishmentTypeGroup (name)',
      'EstablishmentStatus (code)',
      'EstablishmentStatus (name)',
      'PhaseOfEducation (code)',
      'PhaseOfEducation (name)',
      'StatutoryLowAge',
      'StatutoryHighAge',
      'NumberOfPupils',
      'PercentageFSM',
      'UKPRN',
      'Street',
      'Town',
      'Postcode',
    ].join(',');
    const csv = [
      header,
      '104742,341,Liverpool,7003,Clifford Holroyde School,7,Community special school,5,Local authority maintained schools,1,Open,0,Not applicable,7,16,120,68.34,10012345,Thingwall Lane,Liverpool,l14 7nx',
      '104850,343,Sefton,1100,Jigsaw Primary Pupil Referral Unit,26,Pupil referral unit,5,Local authority maintained schools,1,Open,2,Primary,5,11,30,SUPP,,Some Road,Bootle,L20 1AA',
      '130622,876,Halton,4000,Riverside College Halton,18,Further education,1,Colleges,4,"Open, but proposed to close",5,16 plus,16,99,,,10005451,Kingsway,Widnes,WA8 7QQ',
      '137675,341,Liverpool,4004,"King\'s Leadership Academy, Liverpool",28,Academy sponsor led,10,Academies,1,Open,4,Secondary,11,16,900,z,10034567,Hornby Road,Liverpool,L9 3AB',
      '147477,341,Liverpool,4010,University of Liverpool Mathematics School,46,Academy 16-19 converter,10,Academies,1,Open,5,16 plus,16,19,150,NA,,Mount Street,Liverpool,L1 9HF',
      '150794,341,Liverpool,1105,The Raise Academy,43,Academy alternative provision sponsor led,10,Academies,1,Open,0,Not applicable,11,16,60,80.1,,Long Lane,Liverpool,L9 7AB',
      '100123,341,Liverpool,4999,Old Closed School,1,Community school,5,Local authority maintained schools,2,Closed,4,Secondary,11,16,0,,,Gone Street,Liverpool,L1 1ZZ',
    ].join('\r\n');

    it('maps GIAS columns and type names, ignoring other columns', () => {
      const { records, rejected, skipped } = parseInstitutionsCsv(csv);

      expect(records.map((r) => [r.line, r.urn, r.type, r.typeInferred])).toEqual([
        [2, '104742', InstitutionType.SEND, false],
        [3, '104850', InstitutionType.AP, false],
        [4, '130622', InstitutionType.POST_16, false],
        [5, '137675', InstitutionType.MAINSTREAM, false],
        [6, '147477', InstitutionType.POST_16, false],
        [7, '150794', InstitutionType.AP, false],
      ]);
      expect(records[0]).toEqual({
        line: 2,
        urn: '104742',
        ukprn: '10012345',
        name: 'Clifford Holroyde School',
        type: InstitutionType.SEND,
        typeInferred: false,
        phase: 'Not applicable',
        laCode: '341',
        laName: 'Liverpool',
        postcode: 'L14 7NX',
        town: 'Liverpool',
        pupils: 120,
        fsmPercent: 68.3,
        status: 'Open',
        lowAge: 7,
        highAge: 16,
      });
      expect(records[2]).toMatchObject({
        status: 'Open, but proposed to close',
        pupils: null,
        fsmPercent: null,
      });
      expect(records.map((r) => r.fsmPercent)).toEqual([68.3, null, null, null, null, 80.1]);
      expect(rejected).toEqual([]);
      expect(skipped).toEqual([{ line: 8, urn: '100123', reason: 'closed establishment' }]);
    });

    it('matches headers case-insensitively and ignores surrounding whitespace', () => {
      const file = [
        ' urn , ESTABLISHMENTNAME ,typeofestablishment (NAME), la (code) ',
        '100001,Some Special School,Foundation special school,340',
      ].join('\n');

      expect(parseInstitutionsCsv(file).records).toEqual([
        expect.objectContaining({
          urn: '100001',
          name: 'Some Special School',
          type: InstitutionType.SEND,
          typeInferred: false,
          laCode: '340',
          status: null,
        }),
      ]);
    });
  });

  describe('row rejections', () => {
    it('rejects each invalid row with its reason and file line', () => {
      const csv = extractFile(
        extractRow({ urn: '100001', name: 'Valid School' }),
        extractRow({ urn: '', name: 'No Urn School' }),
        extractRow({ urn: '12AB5', name: 'Letters School' }),
        extractRow({ urn: '1234', name: 'Short Urn School' }),
        extractRow({ urn: '100005', name: '   ' }),
        extractRow({ urn: '100001', name: 'Copy School' }),
        '',
        extractRow({ urn: '100009', name: 'Text Fsm', fsm_percent: 'abc' }),
        extractRow({ urn: '100010', name: 'High Fsm', fsm_percent: '100.5' }),
        extractRow({ urn: '100011', name: 'Negative Fsm', fsm_percent: '-3' }),
        extractRow({ urn: '100012', name: 'Fraction Pupils', pupils: '12.5' }),
        extractRow({ urn: '100013', name: 'Negative Pupils', pupils: '-4' }),
        extractRow({ urn: '100014', name: 'Short Ukprn', ukprn: '1234567' }),
        extractRow({ urn: '100015', name: 'Closed School', status: 'Closed' }),
        extractRow({ urn: '100016', name: 'Short La', la_code: '34' }),
        extractRow({ urn: '100017', name: 'Two Problems', status: 'Shut', ukprn: 'x' }),
        extractRow({ urn: '100018', name: 'Suppressed', fsm_percent: 'SUPP', pupils: '0' }),
      );

      const { records, rejected, skipped } = parseInstitutionsCsv(csv);

      expect(records.map((r) => [r.line, r.urn])).toEqual([
        [2, '100001'],
        [18, '100018'],
      ]);
      expect(rejected).toEqual([
        { line: 3, urn: null, reason: 'URN is missing' },
        { line: 4, urn: '12AB5', reason: 'URN "12AB5" is not 5 to 7 digits' },
        { line: 5, urn: '1234', reason: 'URN "1234" is not 5 to 7 digits' },
        { line: 6, urn: '100005', reason: 'name is missing' },
        { line: 7, urn: '100001', reason: 'duplicate URN, first seen on line 2' },
        { line: 9, urn: '100009', reason: 'FSM % "abc" is not a number between 0 and 100' },
        { line: 10, urn: '100010', reason: 'FSM % "100.5" is not a number between 0 and 100' },
        { line: 11, urn: '100011', reason: 'FSM % "-3" is not a number between 0 and 100' },
        { line: 12, urn: '100012', reason: 'pupils "12.5" is not a non-negative whole number' },
        { line: 13, urn: '100013', reason: 'pupils "-4" is not a non-negative whole number' },
        { line: 14, urn: '100014', reason: 'UKPRN "1234567" is not 8 digits' },
        { line: 16, urn: '100016', reason: 'LA code "34" is not 3 digits' },
        {
          line: 17,
          urn: '100017',
          reason: 'UKPRN "x" is not 8 digits; establishment status is Shut',
        },
      ]);
      expect(skipped).toEqual([{ line: 15, urn: '100015', reason: 'closed establishment' }]);
    });
  });

  describe('establishments closed or not yet open', () => {
    const today = '2026-03-01';

    it('skips them with their line and reason, by status or a close date before today', () => {
      const csv = [
        'URN,EstablishmentName,EstablishmentStatus (name),CloseDate',
        '100001,Open School,Open,',
        '100002,Closed School,Closed,31-08-2020',
        '100003,Closed Yesterday,Open,28-02-2026',
        '100004,Closing Today,"Open, but proposed to close",01-03-2026',
        '100005,Closing Soon,"Open, but proposed to close",31-08-2026',
        '100006,New School,Proposed to open,',
        '100007,Closed Without Date,Closed,',
      ].join('\r\n');

      const { records, rejected, skipped } = parseInstitutionsCsv(csv, today);

      expect(records.map((r) => r.urn)).toEqual(['100001', '100004', '100005']);
      expect(rejected).toEqual([]);
      expect(skipped).toEqual([
        { line: 3, urn: '100002', reason: 'closed establishment' },
        { line: 4, urn: '100003', reason: 'closed establishment' },
        { line: 7, urn: '100006', reason: 'not yet open (proposed to open)' },
        { line: 8, urn: '100007', reason: 'closed establishment' },
      ]);
    });

    it('does not check the other cells of a closed row, nor count its URN as seen', () => {
      const csv = [
        'urn,name,status,close_date,fsm_percent,ukprn,in_hub_since',
        '100001,,Closed,,SUPPRESSED,1,2099-01-01',
        '100001,Reopened School,Open,,,,',
      ].join('\n');

      const { records, rejected, skipped } = parseInstitutionsCsv(csv, today);

      expect(records.map((r) => [r.line, r.urn])).toEqual([[3, '100001']]);
      expect(rejected).toEqual([]);
      expect(skipped).toEqual([{ line: 2, urn: '100001', reason: 'closed establishment' }]);
    });

    it('refuses a closed row without a readable URN, and a close date that is not a date', () => {
      const csv = [
        'urn,name,status,close_date',
        'x1,Closed School,Closed,',
        ',Closed School,Closed,',
        '100003,Odd Date School,Open,31st August',
      ].join('\n');

      expect(parseInstitutionsCsv(csv, today)).toEqual({
        records: [],
        rejected: [
          { line: 2, urn: 'x1', reason: 'URN "x1" is not 5 to 7 digits' },
          { line: 3, urn: null, reason: 'URN is missing' },
          { line: 4, urn: '100003', reason: 'close date "31st August" is not a date' },
        ],
        skipped: [],
      });
    });
  });

  describe('malformed files', () => {
    it.each([
      ['empty text', ''],
      ['whitespace only', '  \n\r\n '],
      ['a BOM only', '\uFEFF'],
    ])('rejects %s', (_label, csv) => {
      expect(parseError(csv).message).toBe('CSV is empty');
    });

    it('rejects an unterminated quote', () => {
      const csv = extractFile(
        extractRow({ urn: '100001', name: 'Fine' }),
        '100002,"Broken School,341,Liverpool,,,Secondary,Open,,,,,,,',
        extractRow({ urn: '100003', name: 'Swallowed' }),
      );

      expect(parseError(csv).message).toMatch(
        /^Malformed CSV in the record starting on line 3: Quote Not Closed/,
      );
    });

    it('rejects a stray quote inside a field', () => {
      const csv = extractFile('100001,"Bad" Quote,341,Liverpool,,,Secondary,Open,,,,,,,');

      expect(parseError(csv).message).toMatch(/starting on line 2: Invalid Closing Quote/);
    });

    it('refuses the file when a cell holds text that cannot be stored, naming line and column', () => {
      const csv = extractFile(
        extractRow({ urn: '100001', name: 'Fine' }),
        extractRow({ urn: '100002', name: 'Nul\u0000 School' }),
      );

      expect(parseError(csv).message).toBe(
        'Line 3: column "name" holds a NUL character (U+0000), which cannot be stored',
      );
    });

    it('rejects a row with the wrong number of columns, naming its line', () => {
      const csv = extractFile(
        extractRow({ urn: '100001', name: 'Fine' }),
        '100002,Short Row,341,Liverpool',
      );

      const message = parseError(csv).message;
      expect(message).toContain('starting on line 3');
      expect(message).toMatch(/expect 15, got 4/);
    });

    it('names the right line after a CRLF line break inside a quoted field', () => {
      const csv = [
        EXTRACT_HEADER,
        '100001,"Two\r\nLines",341,Liverpool,,,Secondary,Open,,,,,,,',
        '100002,Short Row',
      ].join('\r\n');

      expect(parseError(csv).message).toContain('starting on line 4');
    });

    it('rejects a header without a URN column', () => {
      const message = parseError('name,la_code\nSome School,341\n').message;

      expect(message).toMatch(/^CSV header has no URN \(urn \/ URN\) column\./);
      expect(message).toContain('urn,name,la_code');
      expect(message).toContain('EstablishmentName');
    });

    it('rejects a header without URN or name columns', () => {
      expect(parseError('Street,Town\nA Road,Liverpool\n').message).toMatch(
        /no URN \(urn \/ URN\) or name \(name \/ EstablishmentName\) column/,
      );
    });

    it('rejects a GIAS header without EstablishmentName', () => {
      expect(parseError('URN,LA (code)\n100001,341\n').message).toMatch(
        /^CSV header has no name \(name \/ EstablishmentName\) column/,
      );
    });

    it('throws an Error subclass named MalformedCsvError', () => {
      const error = parseError('');
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('MalformedCsvError');
    });
  });
});
