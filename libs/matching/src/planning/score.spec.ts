import { InstitutionType } from '@chn/institutions';
import { fsmPriority, scorePair } from './score';

const adviser = {
  sectors: ['Health & Care', 'Digital'],
  localAuthorityCodes: ['330', '331'],
  sendApExperience: false,
};
const institution = {
  type: InstitutionType.MAINSTREAM,
  laCode: '330',
  laName: 'Knowsley',
  fsmPercent: null,
};
const lastYear = { matchedLastYear: true };

describe('scorePair', () => {
  it('is no candidate when the adviser cannot reach the local authority', () => {
    expect(scorePair(adviser, { ...institution, laCode: '999' }, null, lastYear)).toBeNull();
    expect(scorePair(adviser, { ...institution, laCode: null }, null, lastYear)).toBeNull();
  });

  it('names the local authority by its code alone when GIAS gave no name', () => {
    expect(scorePair(adviser, { ...institution, laName: null }, null, lastYear)?.reasons).toEqual([
      'Reaches local authority 330',
    ]);
  });

  it('gives 25 for reaching the local authority alone', () => {
    expect(scorePair(adviser, institution, null, lastYear)).toEqual({
      score: 25,
      reasons: ['Reaches Knowsley (330)'],
    });
  });

  it('gives 30 once for shared sectors, ignoring case', () => {
    const needs = { sectors: ['digital', 'Health & Care', 'Construction'], priorityBenchmarks: [] };
    const result = scorePair(adviser, institution, needs, lastYear);
    expect(result?.score).toBe(55);
    expect(result?.reasons[0]).toBe('Shares sector: digital, Health & Care');
  });

  it('rewards SEND/AP experience in a SEND or AP setting and penalises its absence', () => {
    const send = { ...institution, type: InstitutionType.SEND };
    expect(scorePair({ ...adviser, sendApExperience: true }, send, null, lastYear)?.score).toBe(45);
    expect(
      scorePair(adviser, { ...institution, type: InstitutionType.AP }, null, lastYear),
    ).toEqual({
      score: 15,
      reasons: ['Reaches Knowsley (330)', 'No SEND/AP experience (AP setting)'],
    });
    expect(
      scorePair({ ...adviser, sendApExperience: true }, institution, null, lastYear)?.score,
    ).toBe(25);
  });

  it('adds FSM priority, no match last year and weak benchmarks', () => {
    const needs = { sectors: [], priorityBenchmarks: [5, 3, 5] };
    const result = scorePair(adviser, { ...institution, fsmPercent: 33.5 }, needs, {
      matchedLastYear: false,
    });
    expect(result).toEqual({
      score: 25 + 8 + 10 + 10,
      reasons: [
        'Reaches Knowsley (330)',
        'FSM 33.5%: +8 priority',
        'No match last academic year',
        'Weak Compass benchmarks: BM3, BM5',
      ],
    });
  });

  it('caps weak benchmarks at 15', () => {
    const needs = { sectors: [], priorityBenchmarks: [1, 2, 3, 4, 5] };
    expect(scorePair(adviser, institution, needs, lastYear)?.score).toBe(40);
  });
});

describe('fsmPriority', () => {
  it.each([
    [null, 0],
    [0, 0],
    [3.9, 0],
    [4, 1],
    [27.9, 6],
    [60, 15],
    [100, 15],
  ])('FSM %p%% gives %p points', (fsm, points) => {
    expect(fsmPriority(fsm)).toBe(points);
  });
});
