import { canChangeStatus, cleanList, fieldsNotSelfEditable } from './adviser-rules';
import { AdviserStatus } from './entities/adviser-status.enum';

const { PENDING, ACTIVE, PAUSED, LEFT } = AdviserStatus;

describe('adviser rules', () => {
  it('lets staff pause, resume, end and restart an adviser, but not skip approval', () => {
    expect(canChangeStatus(ACTIVE, PAUSED)).toBe(true);
    expect(canChangeStatus(PAUSED, ACTIVE)).toBe(true);
    expect(canChangeStatus(ACTIVE, LEFT)).toBe(true);
    expect(canChangeStatus(LEFT, ACTIVE)).toBe(true);
    expect(canChangeStatus(PENDING, LEFT)).toBe(true);
    expect(canChangeStatus(PENDING, ACTIVE)).toBe(false);
    expect(canChangeStatus(PENDING, PAUSED)).toBe(false);
    expect(canChangeStatus(ACTIVE, PENDING)).toBe(false);
    expect(canChangeStatus(LEFT, PAUSED)).toBe(false);
    expect(canChangeStatus(PAUSED, PAUSED)).toBe(true);
  });

  it('names the fields an adviser may not set themself', () => {
    expect(fieldsNotSelfEditable({ phone: '0151 000 0000', sectors: [] })).toEqual([]);
    expect(
      fieldsNotSelfEditable({ phone: undefined, status: ACTIVE, maxAgile: 3, dbsCheckedOn: null }),
    ).toEqual(['status', 'maxAgile', 'dbsCheckedOn']);
  });

  it('cleans a list of sectors or skills', () => {
    expect(cleanList(['  Digital ', 'digital', '', 'Health  & Care'])).toEqual([
      'Digital',
      'Health & Care',
    ]);
  });
});
