import { QualityFigures, QualityGroup } from '../quality/quality.types';

type Cell = string | number | null;

/** The measures of one quality group, in the order the overview shows them. */
const MEASURES: [string, keyof QualityGroup][] = [
  ['delivered encounters', 'delivered'],
  ['pupils attended', 'pupilsAttended'],
  ['% with complete checklist', 'checklistCompletePercent'],
  ['careers leader responses', 'schoolResponses'],
  ['careers leader response %', 'schoolResponsePercent'],
  ['employer responses', 'employerResponses'],
  ['employer response %', 'employerResponsePercent'],
  ['pupil responses', 'pupilResponses'],
  ['pupil response %', 'pupilResponsePercent'],
  ['average careers leader rating', 'averageSchoolRating'],
  ['average employer rating', 'averageEmployerRating'],
  ['% would host again', 'wouldHostAgainPercent'],
  ['criteria promised', 'criteriaPromised'],
  ['criteria promised and met', 'criteriaPromisedMet'],
  ['% criteria met of promised', 'criteriaMetPercent'],
  ['pupils answering', 'pupilsResponded'],
  ['% pupils found it useful', 'foundUsefulPercent'],
  ['% pupils know more about the sector', 'knowMoreAboutSectorPercent'],
  ['% pupils more confident about next steps', 'moreConfidentPercent'],
  ['% pupils would consider the sector', 'wouldConsiderSectorPercent'],
];

/** The quality section as long-format rows: section, item, measure, value. */
export function qualityRows(q: QualityFigures): Cell[][] {
  const rows: Cell[][] = [];
  const groups = (section: string, list: QualityGroup[], label = (g: string) => g) => {
    for (const g of list) {
      for (const [measure, field] of MEASURES)
        rows.push([section, label(g.group), measure, g[field]]);
    }
  };
  groups('quality', [q.total], () => 'Total');
  groups('quality by tier', q.byTier);
  groups('quality by sector', q.bySector);
  groups('quality by FSM quartile', q.byFsmQuartile);
  groups('quality by institution type', q.byInstitutionType);
  for (const c of q.criteria) {
    rows.push(['quality criteria', c.criterion, 'promised', c.promised]);
    rows.push(['quality criteria', c.criterion, 'promised and met', c.promisedMet]);
    rows.push(['quality criteria', c.criterion, '% met of promised', c.metPercent]);
    rows.push(['quality criteria', c.criterion, 'met', c.met]);
  }
  return rows;
}
