import { useQuery } from 'urql';
import { QueryState, Tile } from '../../components/status';
import { graphql } from '../../gql';
import { MATCH_STATUS_NAMES } from '../../status-names';
import { INSTITUTION_TYPE_NAMES } from '../../names';
import type { MyInstitutionQuery } from '../../gql/graphql';
import { PupilNumbersForm } from './PupilNumbersForm';

const InstitutionMatches = graphql(`
  query InstitutionMatches($institutionId: ID!, $academicYear: String) {
    matches(first: 10, filter: { institutionId: $institutionId, academicYear: $academicYear }) {
      edges {
        node {
          id
          status
          type
          startsOn
          adviser {
            id
            name
            email
            phone
            jobTitle
            employer {
              name
            }
          }
        }
      }
    }
  }
`);

const InstitutionFigures = graphql(`
  query InstitutionFigures($institutionId: ID!, $academicYear: String) {
    institutionReport(institutionId: $institutionId, academicYear: $academicYear) {
      academicYear
      matchedOneToOne
      matchedAgile
      compassPlus
      meetsFloorTarget
      floorTargetBenchmarks
      fsqStudents
      latestEvaluation {
        benchmarksAchieved
        evaluatedOn
      }
    }
  }
`);

type Institution = NonNullable<MyInstitutionQuery['myInstitution']>;

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The institution, its adviser this year and the year's figures. */
export function MyInstitutionSection({
  institution,
  academicYear,
}: {
  institution: Institution;
  academicYear: string;
}) {
  const variables = { institutionId: institution.id, academicYear };
  const [matches] = useQuery({ query: InstitutionMatches, variables });
  const [figures] = useQuery({ query: InstitutionFigures, variables });
  return (
    <>
      <section aria-labelledby="institution-details">
        <h2 id="institution-details">{institution.name}</h2>
        <dl className="details">
          <dt>URN</dt>
          <dd>{institution.urn}</dd>
          <dt>Type</dt>
          <dd>{INSTITUTION_TYPE_NAMES[institution.type]}</dd>
          <dt>Local authority</dt>
          <dd>{institution.laName ?? institution.laCode ?? '–'}</dd>
          <dt>Pupils</dt>
          <dd>{institution.pupils ?? 'Not known'}</dd>
        </dl>
        <PupilNumbersForm institutionId={institution.id} pupils={institution.pupils ?? null} />
      </section>
      <section aria-labelledby="my-adviser">
        <h2 id="my-adviser">Your Enterprise Adviser</h2>
        <QueryState result={matches} what="your match">
          {({ matches: { edges } }) =>
            edges.length === 0 ? (
              <p className="empty">
                No adviser is matched with you this year yet: the hub proposes one and tells you by
                email.
              </p>
            ) : (
              <ul className="plain" data-testid="my-matches">
                {edges.map(({ node: m }) => (
                  <li key={m.id}>
                    <strong>{m.adviser.name}</strong>
                    {m.adviser.jobTitle && `, ${m.adviser.jobTitle}`}
                    {m.adviser.employer && ` at ${m.adviser.employer.name}`} —{' '}
                    {MATCH_STATUS_NAMES[m.status]} since {m.startsOn}
                    <br />
                    {m.adviser.email && <a href={`mailto:${m.adviser.email}`}>{m.adviser.email}</a>}
                    {m.adviser.phone && ` · ${m.adviser.phone}`}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby="year-figures">
        <h2 id="year-figures">Your figures for {academicYear}</h2>
        <QueryState result={figures} what="your figures">
          {({ institutionReport: r }) => (
            <div className="tiles">
              <Tile
                label="Gatsby benchmarks achieved"
                value={r.latestEvaluation ? `${r.latestEvaluation.benchmarksAchieved} of 8` : '–'}
                detail={
                  r.latestEvaluation
                    ? `Evaluated ${r.latestEvaluation.evaluatedOn}`
                    : 'No Compass evaluation yet'
                }
              />
              <Tile label="Meets the floor target" value={yesNo(r.meetsFloorTarget)} />
              <Tile label="Compass+" value={yesNo(r.compassPlus)} />
              <Tile label="Matched one to one" value={yesNo(r.matchedOneToOne)} />
              <Tile label="Matched (agile)" value={yesNo(r.matchedAgile)} />
              <Tile label="Future Skills Questionnaire pupils" value={r.fsqStudents ?? '–'} />
            </div>
          )}
        </QueryState>
      </section>
    </>
  );
}
