import { InstitutionType } from '@chn/institutions';
import { CandidateAdviser, CandidateInstitution, scoredEdges } from './candidate-graph';
import { scorePair } from './score';

const adviser = (id: string, localAuthorityCodes: string[]): CandidateAdviser => ({
  id,
  sectors: ['Digital'],
  localAuthorityCodes,
  sendApExperience: id === 'bea',
  spareOneToOne: 1,
});
const institution = (id: string, laCode: string | null): CandidateInstitution => ({
  id,
  type: InstitutionType.SEND,
  laCode,
  laName: null,
  fsmPercent: 30,
  sectors: ['digital', 'Finance'],
  priorityBenchmarks: [3],
  matchedLastYear: false,
});

describe('scoredEdges', () => {
  const advisers = [adviser('ann', ['330', '330']), adviser('bea', ['331', '330'])];
  const institutions = [institution('north', '330'), institution('south', '331')];
  const unknown = institution('nowhere', null);

  it('scores each adviser once per institution of a local authority they reach, as scorePair does', () => {
    const edges = scoredEdges(advisers, [...institutions, unknown]);
    expect(edges.map((e) => `${e.adviserId}-${e.institutionId}`)).toEqual([
      'ann-north',
      'bea-north',
      'bea-south',
    ]);
    for (const edge of edges) {
      const a = advisers.find((x) => x.id === edge.adviserId)!;
      const i = institutions.find((x) => x.id === edge.institutionId)!;
      expect({ score: edge.score, reasons: edge.reasons }).toEqual(
        scorePair(a, i, i, { matchedLastYear: i.matchedLastYear }),
      );
    }
  });
});
