import { Fragment } from 'react';
import { BarFigure } from '../../components/bar-figure';
import { DataTable } from '../../components/data-table';
import { percent } from '../../components/status';
import { CRITERION_NAMES, TIER_NAMES } from '../employer/names';
import type { MeaningfulCriterion, QualityGroupFieldsFragment, Tier } from '../../gql/graphql';
import { BLUE, type Dashboard, GREEN, one } from './figures';

type Quality = Dashboard['quality'];
type Group = QualityGroupFieldsFragment;

const TYPE_NAMES: Record<string, string> = {
  MAINSTREAM: 'Mainstream',
  SEND: 'SEND',
  AP: 'AP',
  POST_16: 'Post-16',
};

function GroupRow({ name, g }: { name: string; g: Group }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="num">{g.delivered}</td>
      <td className="num">{percent(g.checklistCompletePercent)}</td>
      <td className="num">{percent(g.schoolResponsePercent)}</td>
      <td className="num">{percent(g.employerResponsePercent)}</td>
      <td className="num">{percent(g.pupilResponsePercent)}</td>
      <td className="num">{one(g.averageSchoolRating)}</td>
      <td className="num">{one(g.averageEmployerRating)}</td>
      <td className="num">{percent(g.wouldHostAgainPercent)}</td>
      <td className="num">{percent(g.criteriaMetPercent)}</td>
      <td className="num">{percent(g.foundUsefulPercent)}</td>
      <td className="num">{percent(g.knowMoreAboutSectorPercent)}</td>
    </tr>
  );
}

/**
 * The quality of the encounters delivered in the year: checklists, feedback, ratings, criteria
 * met against promised and pupils' answers, split like the rest of the dashboard.
 */
export function QualitySection({ quality: q }: { quality: Quality }) {
  const splits: [string, Group[], (group: string) => string][] = [
    ['By tier', q.byTier, (g) => TIER_NAMES[g as Tier] ?? g],
    ['By sector', q.bySector, (g) => g],
    ['By FSM quartile (1 = lowest FSM)', q.byFsmQuartile, (g) => `Quartile ${g}`],
    ['By institution type', q.byInstitutionType, (g) => TYPE_NAMES[g] ?? g],
  ];
  const criteria = q.criteria.map((c) => ({
    ...c,
    name: CRITERION_NAMES[c.criterion as MeaningfulCriterion]?.split(' ').slice(0, 3).join(' '),
  }));
  return (
    <section aria-labelledby="quality-heading" data-testid="quality">
      <h2 id="quality-heading">Quality of delivered encounters</h2>
      {q.total.delivered === 0 ? (
        <p>No encounter was delivered this year yet.</p>
      ) : (
        <>
          <DataTable
            testId="quality-table"
            caption="Quality of delivered encounters, in total and by group"
            columns={[
              'Group',
              'Delivered',
              'Checklist complete',
              'School responses',
              'Employer responses',
              'Pupil responses',
              'School rating (of 5)',
              'Employer rating (of 5)',
              'Would host again',
              'Criteria met of promised',
              'Pupils: found it useful',
              'Pupils: know more about the sector',
            ]}
          >
            <GroupRow name="All delivered" g={q.total} />
            {splits.map(([title, groups, name]) =>
              groups.length ? (
                <Fragment key={title}>
                  <tr>
                    <th scope="rowgroup" colSpan={12} className="subhead">
                      {title}
                    </th>
                  </tr>
                  {groups.map((g) => (
                    <GroupRow key={g.group} name={name(g.group)} g={g} />
                  ))}
                </Fragment>
              ) : null,
            )}
          </DataTable>
          <BarFigure
            label="Meaningful-experience criteria promised and met in practice, bar chart"
            height={240}
            data={criteria}
            xKey="name"
            yAxis="count"
            bars={[
              { dataKey: 'promised', name: 'Promised', fill: BLUE },
              { dataKey: 'promisedMet', name: 'Promised and met', fill: GREEN },
            ]}
          />
          <DataTable
            testId="quality-criteria"
            caption="Meaningful-experience criteria promised and met in practice"
            columns={['Criterion', 'Promised', 'Promised and met', '% met', 'Met in all']}
          >
            {q.criteria.map((c) => (
              <tr key={c.criterion}>
                <th scope="row">
                  {CRITERION_NAMES[c.criterion as MeaningfulCriterion] ?? c.criterion}
                </th>
                <td className="num">{c.promised}</td>
                <td className="num">{c.promisedMet}</td>
                <td className="num">{percent(c.metPercent)}</td>
                <td className="num">{c.met}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
