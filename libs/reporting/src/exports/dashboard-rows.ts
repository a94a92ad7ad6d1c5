import { HubEventActivity } from '@chn/events';
import { HubDashboard } from '../dashboard/hub-dashboard.types';
import { ProgrammeReach, ReachFigures } from '../dashboard/network-activity.types';
import { roundHalfUp } from '../rounding';

type Cell = string | number | null;

/** The dashboard as long-format rows: section, item, measure, value. */
export function dashboardRows(d: HubDashboard): Cell[][] {
  const rows: Cell[][] = [
    ['overview', 'hub', 'academic year', d.academicYear],
    ['overview', 'institutions', 'eligible', d.eligibleInstitutions],
    ['overview', 'institutions', 'in hub', d.institutionsInHub],
    ['overview', 'institutions', '% in hub', d.percentInHub],
    ['overview', 'institutions', 'in-hub target %', d.inHubTarget],
    ['overview', 'FSQ', 'institutions', d.fsqInstitutions],
    ['overview', 'FSQ', 'students', d.fsqStudents],
    ['overview', 'FSQ', '% with at least 100 completions', d.percentFsqAtLeast100],
    ['overview', 'Compass', 'evaluated institutions', d.evaluatedInstitutions],
    ['overview', 'Compass', '% upgraded to Compass+', d.percentCompassPlus],
    ['overview', 'advisers', 'current', d.currentAdvisers],
    ['overview', 'matching', '% matched (1-2-1 or agile)', d.percentMatchedAny],
    ['overview', 'matching', '% matched 1-2-1', d.percentMatchedOneToOne],
    ['overview', 'matching', '% matched agile', d.percentMatchedAgile],
  ];
  const achievement = (
    section: string,
    item: string | number,
    figures: {
      institutions: number;
      averageAchieved: number | null;
      bm5Percent: number | null;
      bm6Percent: number | null;
    },
  ) => {
    rows.push([section, item, 'institutions', figures.institutions]);
    rows.push([section, item, 'average BMs achieved', figures.averageAchieved]);
    rows.push([section, item, 'BM5 %', figures.bm5Percent]);
    rows.push([section, item, 'BM6 %', figures.bm6Percent]);
  };
  for (const group of d.byInstitutionType) achievement('by institution type', group.type, group);
  achievement('by institution type', 'Total', d.institutionTypeTotal);
  for (const group of d.byFsmQuartile) achievement('by FSM quartile', group.quartile, group);
  achievement('by FSM quartile', 'Total', d.fsmQuartileTotal);
  rows.push(
    [
      'floor target',
      `at least ${d.floorTarget.benchmarksRequired} BMs`,
      'achieving',
      d.floorTarget.achieving,
    ],
    [
      'floor target',
      `at least ${d.floorTarget.benchmarksRequired} BMs`,
      'failing',
      d.floorTarget.failing,
    ],
    [
      'floor target',
      `at least ${d.floorTarget.benchmarksRequired} BMs`,
      '% achieving',
      d.floorTarget.percentAchieving,
    ],
    [
      'floor target',
      `at least ${d.floorTarget.benchmarksRequired} BMs`,
      '% failing',
      d.floorTarget.percentFailing,
    ],
  );
  for (const count of d.achievedDistribution) {
    rows.push(['BMs achieved', count.benchmarksAchieved, 'institutions', count.institutions]);
    rows.push(['BMs achieved', count.benchmarksAchieved, '%', count.percent]);
  }
  for (const b of d.benchmarks) {
    const item = `BM${b.number} ${b.name}`;
    rows.push(['benchmarks', item, 'achieved %', b.achievedPercent]);
    rows.push(['benchmarks', item, 'partially achieved %', b.partiallyPercent]);
    rows.push(['benchmarks', item, 'not achieved %', b.notAchievedPercent]);
    rows.push(['benchmarks', item, 'national achieved %', b.nationalAchievedPercent]);
    rows.push(['benchmarks', item, 'hub quartile', b.hubQuartile]);
  }
  rows.push(
    ['benchmarks', 'all', 'average BMs achieved', d.averageAchieved],
    ['benchmarks', 'all', 'national average BMs achieved', d.nationalAverageAchieved],
    ['benchmarks', 'all', 'target average BMs achieved', d.targetAverageAchieved],
    ['benchmarks', 'all', 'BMs required to reach target', d.benchmarksRequiredToReachTarget],
  );
  for (const question of d.supplementaryAnswers) {
    for (const answer of question.answers) {
      rows.push(['supplementary', question.question, answer.answer, answer.institutions]);
    }
  }
  return rows;
}

/** The network-activity section as long-format rows: section `network activity`. */
export function networkActivityRows(
  events: HubEventActivity,
  programmes: ProgrammeReach,
): Cell[][] {
  const rows: Cell[][] = eventRows(events);
  const reach = (item: string, figures: ReachFigures) => {
    const section = 'network activity';
    rows.push([section, item, 'programme sessions', figures.sessions]);
    rows.push([section, item, 'institutions reached', figures.institutions]);
    rows.push([section, item, 'pupils reached', figures.pupilsReached]);
    rows.push([section, item, 'pupils from SEND and AP institutions', figures.pupilsFromSendOrAp]);
    rows.push([section, item, '% from SEND and AP institutions', figures.percentFromSendOrAp]);
    rows.push([section, item, 'pupils from top FSM quartile', figures.pupilsFromTopFsmQuartile]);
    rows.push([section, item, '% from top FSM quartile', figures.percentFromTopFsmQuartile]);
  };
  reach('programmes: all', programmes.total);
  for (const group of programmes.byProgramme) reach(`programme: ${group.group}`, group);
  for (const group of programmes.bySector) reach(`sector: ${group.group}`, group);
  for (const group of programmes.byKeyStage) reach(`key stage: ${group.group}`, group);
  return rows;
}

function eventRows(events: HubEventActivity): Cell[][] {
  const section = 'network activity';
  return [
    [section, 'events: all', 'events held', events.eventsHeld],
    ...events.byKind.map((k): Cell[] => [section, `events: ${k.kind}`, 'events held', k.held]),
    [section, 'events: all', 'registrations', events.registrations],
    [section, 'events: all', 'people registered', events.peopleRegistered],
    [section, 'events: all', 'people attended', events.attended],
    [
      section,
      'events: all',
      '% attendance',
      events.attendanceRate === null ? null : roundHalfUp(events.attendanceRate * 100),
    ],
    [section, 'events: all', 'no-shows', events.noShows],
    [section, 'events: all', 'parents and carers reached', events.parentsAndCarersReached],
    [section, 'events: all', 'current advisers attending', events.advisersAttending],
    [section, 'events: all', 'current advisers', events.currentAdvisers],
  ];
}
