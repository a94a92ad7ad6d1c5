import { CsvRefusedError } from '@chn/core';
import { parseBookingsCsv } from './booking-csv';
import { parseOpportunitiesCsv } from './opportunity-csv';

function problems(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof CsvRefusedError)
      return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const OPPORTUNITY =
  'opportunity_id,employer,kind,title,tier,sector,year_groups,delivery_mode,starts_on,ends_on,length_days,total_places,send_friendly,meaningful_criteria,status';
const ID = 'a0000000-0000-4000-8000-000000000001';

describe('parseOpportunitiesCsv', () => {
  it('reads labels, lists and UK dates', () => {
    const [record] = parseOpportunitiesCsv(
      `${OPPORTUNITY}\r\n${ID},Acme,Workplace visit,Visit,T1,Retail,10;9,In person,01/10/2025,02/10/2025,1.5,20,yes,clear purpose;Reflection,closed\r\n`,
    );
    expect(record).toMatchObject({
      id: ID,
      employer: 'Acme',
      kind: 'WORKPLACE_VISIT',
      yearGroups: [10, 9],
      deliveryMode: 'IN_PERSON',
      startsOn: '2025-10-01',
      lengthDays: 1.5,
      sendFriendly: true,
      meaningfulCriteria: ['CLEAR_PURPOSE', 'REFLECTION'],
      status: 'CLOSED',
    });
  });

  it('refuses impossible values with their lines', () => {
    const csv = [
      OPPORTUNITY,
      `${ID},Acme,Visit,Visit,T1,Retail,6,IN_PERSON,02/10/2025,01/10/2025,0.3,0,maybe,Fun,`,
      `${ID},Acme,CAREERS_TALK,Talk,T1,Retail,9,VIRTUAL,01/10/2025,01/10/2025,2,5,,,`,
      `${ID},Acme,CAREERS_TALK,Talk,T1,Retail,9,VIRTUAL,01/10/2025,01/10/2025,1,5,,,`,
    ].join('\n');
    expect(problems(() => parseOpportunitiesCsv(csv))).toEqual([
      `2: year_groups "6" are not years 7 to 13; ends_on is before starts_on; length_days "0.3" is not a number of half days; send_friendly "maybe" is not yes or no; meaningful_criteria FUN unknown; kind "Visit" is not one of ${'WORKPLACE_VISIT, WORK_EXPERIENCE_PLACEMENT, CAREERS_TALK, VIRTUAL_EXPERIENCE, PROJECT, SUPPORTED_INTERNSHIP, MENTORING, MOCK_INTERVIEWS'}; total_places "0" is not a whole number from 1 to 100000`,
      '3: length_days is longer than the days from starts_on to ends_on; same opportunity as line 2',
      '4: same opportunity as line 2',
    ]);
  });
});

describe('parseBookingsCsv', () => {
  const BOOKING =
    'booking_id,opportunity_id,urn,places,fsm_places,year_group,status,attended,fsm_attended';
  it('refuses attendance that cannot be, with lines', () => {
    const csv = [
      BOOKING,
      `,${ID},100001,5,6,9,CONFIRMED,,`,
      `,${ID},100001,5,1,9,REQUESTED,3,1`,
      `,${ID},100001,5,1,9,CONFIRMED,6,`,
      `,${ID},1,5,1,14,GONE,,`,
    ].join('\n');
    expect(problems(() => parseBookingsCsv(csv))).toEqual([
      '2: fsm_places is more than places',
      '3: attendance is recorded but the status is REQUESTED',
      '4: attended and fsm_attended go together',
      '5: URN "1" is not 5 to 7 digits; year_group "14" is not a whole number from 7 to 13; status "GONE" is not one of REQUESTED, CONFIRMED, DECLINED, CANCELLED, WAITLISTED',
    ]);
  });
});
