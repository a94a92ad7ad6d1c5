import { CsvRefusedError } from '@chn/core';
import { MembershipStatus, SizeBand } from '../entities/employer.enums';
import { parseEmployersCsv } from './employer-csv';

const TODAY = '2025-06-01';
const HEADER =
  'employer_id,name,companies_house_number,sector,size_band,postcode,website,membership_status,applied_on,joined_on,renewal_on,ended_on,pledge';

function problems(csv: string): string[] {
  try {
    parseEmployersCsv(csv, TODAY);
  } catch (error) {
    if (error instanceof CsvRefusedError)
      return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseEmployersCsv', () => {
  it('reads an employer with a membership per row, labels and UK dates as Excel writes them', () => {
    const csv = `\uFEFF${HEADER}\r\n,"Okafor & Sons, Ltd",ab123456,Retail,Medium,l1 1aa,,Active,01/09/2024,15/09/2024,15/09/2025,,"Visits, talks"\r\n`;
    expect(parseEmployersCsv(csv, TODAY)).toEqual([
      {
        line: 2,
        key: 'okafor & sons, ltd',
        employer: {
          id: null,
          name: 'Okafor & Sons, Ltd',
          companiesHouseNumber: 'AB123456',
          sector: 'Retail',
          sizeBand: SizeBand.MEDIUM,
          postcode: 'L1 1AA',
          website: null,
        },
        membership: {
          status: MembershipStatus.ACTIVE,
          appliedOn: '2024-09-01',
          joinedOn: '2024-09-15',
          renewalOn: '2025-09-15',
          endedOn: null,
          pledge: 'Visits, talks',
        },
      },
    ]);
  });

  it('refuses each problem with its line', () => {
    const csv = [
      HEADER,
      'not-an-id,A,,Retail,HUGE,,,ACTIVE,01/01/2026,,,,',
      ',B,,Retail,SMALL,,,ACTIVE,01/01/2024,,,,',
      ',B,,Retail,SMALL,,,PENDING,01/02/2024,,,,',
      ',C,,Retail,SMALL,,,,01/01/2024,,,,',
      ',D,,Finance,SMALL,,,LAPSED,01/01/2024,,,,',
      ',D,,Retail,SMALL,,,LAPSED,01/01/2024,,,,',
    ].join('\n');
    expect(problems(csv)).toEqual([
      '2: employer_id "not-an-id" is not an id; size_band "HUGE" is not one of MICRO, SMALL, MEDIUM, LARGE; applied_on 2026-01-01 is in the future',
      '4: a second open membership (line 3)',
      '5: membership columns are given but membership_status is blank',
      "7: the employer's fields differ from line 6; same employer and applied_on as line 6",
    ]);
  });
});
