import { BarFigure } from '../../components/bar-figure';
import { DataTable } from '../../components/data-table';
import { percent } from '../../components/status';
import { BLUE, type Dashboard, GREY, one } from './figures';

/** Work-experience days delivered per key stage against the 10-day goal. */
export function WorkExperienceSection({
  workExperience,
}: {
  workExperience: Dashboard['workExperience'];
}) {
  const stages = [workExperience.ks3, workExperience.ks4];
  return (
    <section aria-labelledby="we-heading">
      <h2 id="we-heading">Work experience against the {workExperience.goalDays}-day goal</h2>
      <BarFigure
        label="Work-experience days per pupil against this year's goal, bar chart"
        height={200}
        data={stages}
        xKey="keyStage"
        bars={[
          { dataKey: 'daysPerPupil', name: 'Days per pupil', fill: BLUE },
          { dataKey: 'annualGoalDays', name: "This year's goal", fill: GREY },
        ]}
      />
      <DataTable
        testId="work-experience"
        caption="Work experience by key stage"
        columns={['Key stage', 'Place-days', 'Days per pupil', 'Goal this year', '% of goal']}
      >
        {stages.map((k) => (
          <tr key={k.keyStage}>
            <th scope="row">{k.keyStage}</th>
            <td className="num">{k.placeDays}</td>
            <td className="num">{one(k.daysPerPupil)}</td>
            <td className="num">{k.annualGoalDays}</td>
            <td className="num">{percent(k.percentOfAnnualGoal)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
