import {
  canChangeStatus,
  capacityShortfalls,
  cleanList,
  fieldsNotSelfEditable,
  lowersCapacity,
} from './adviser-rules';
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

  it('keeps capacity at or above the matches the adviser holds open', () => {
    const current = { maxOneToOne: 3, maxAgile: 2 };
    const open = { oneToOne: 3, agile: 1 };
    expect(capacityShortfalls(current, { maxOneToOne: 1 }, open)).toEqual([
      { field: 'maxOneToOne', open: 3, kind: '1-2-1' },
    ]);
    expect(capacityShortfalls(current, { maxAgile: 0, maxOneToOne: 3 }, open)).toEqual([
      { field: 'maxAgile', open: 1, kind: 'agile' },
    ]);
    expect(capacityShortfalls(current, { maxAgile: 1 }, open)).toEqual([]);
    // Already below (set before the rule): raising it is allowed.
    expect(capacityShortfalls({ maxOneToOne: 1, maxAgile: 2 }, { maxOneToOne: 2 }, open)).toEqual(
      [],
    );
    expect(lowersCapacity(current, { maxOneToOne: 3, maxAgile: 2 })).toBe(false);
    expect(lowersCapacity(current, { maxAgile: 1 })).toBe(true);
    expect(lowersCapacity(current, { maxOneToOne: null })).toBe(false);
  });
});
