import { CsvRefusedError } from '@chn/core';
import { AdviserStatus } from '../entities/adviser-status.enum';
import { parseAdvisersCsv } from './adviser-csv';

const TODAY = '2025-06-01';

describe('parseAdvisersCsv', () => {
  it('leaves a column the file does not have undefined, so what is held stays', () => {
    const [record] = parseAdvisersCsv('Email,Name\r\nADA@Example.org,  Ada   Okafor ', TODAY);
    expect(record).toEqual({ line: 2, name: 'Ada Okafor', email: 'ada@example.org' });
  });

  it('reads every column, blanks clearing what they name', () => {
    const csv =
      'name,email,employer,sectors,local_authorities,dbs_checked_on,induction_completed_on,max_one_to_one,max_agile,status,left_on\n' +
      'Ben Lee,ben@example.org,,Finance;Law,341;343,01/02/2022,,0,4,left,31/07/2024';
    expect(parseAdvisersCsv(csv, TODAY)).toEqual([
      {
        line: 2,
        name: 'Ben Lee',
        email: 'ben@example.org',
        employer: null,
        sectors: ['Finance', 'Law'],
        localAuthorityCodes: ['341', '343'],
        dbsCheckedOn: '2022-02-01',
        inductionCompletedOn: null,
        maxOneToOne: 0,
        maxAgile: 4,
        status: AdviserStatus.LEFT,
        leftOn: '2024-07-31',
      },
    ]);
  });

  it('refuses a leaving date after today or without the status LEFT', () => {
    const csv = 'name,email,status,left_on\nA,a@x.org,LEFT,02/06/2025\nB,b@x.org,PAUSED,01/01/2025';
    expect(() => parseAdvisersCsv(csv, TODAY)).toThrow(CsvRefusedError);
    try {
      parseAdvisersCsv(csv, TODAY);
    } catch (error) {
      expect((error as CsvRefusedError).problems).toEqual([
        { line: 2, message: 'left_on 2025-06-02 is in the future' },
        { line: 3, message: 'left_on is given but the status is not LEFT' },
      ]);
    }
  });
});
