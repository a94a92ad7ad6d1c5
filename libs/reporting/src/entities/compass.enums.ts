import { registerEnumType } from '@nestjs/graphql';

/** How far an institution meets one Gatsby Benchmark in a Compass evaluation. */
export enum BenchmarkResult {
  ACHIEVED = 'ACHIEVED',
  PARTIALLY_ACHIEVED = 'PARTIALLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

/** Answer to one supplementary work-experience question: the share of pupils concerned. */
export enum SupplementaryAnswer {
  NONE = 'NONE',
  A_FEW = 'A_FEW',
  SOME = 'SOME',
  MOST = 'MOST',
  OVERWHELMING_MAJORITY = 'OVERWHELMING_MAJORITY',
  ALMOST_ALL = 'ALMOST_ALL',
  ALL = 'ALL',
  DONT_KNOW = 'DONT_KNOW',
}

/** The four supplementary questions, as stored (column) and shown. */
export enum SupplementaryQuestion {
  KS3_ALL_PUPILS = 'KS3_ALL_PUPILS',
  KS3_FSM_PUPILS = 'KS3_FSM_PUPILS',
  KS4_ALL_PUPILS = 'KS4_ALL_PUPILS',
  KS4_FSM_PUPILS = 'KS4_FSM_PUPILS',
}

export { GATSBY_BENCHMARKS } from '@chn/core';

registerEnumType(BenchmarkResult, {
  name: 'BenchmarkResult',
  description: 'How far an institution meets one Gatsby Benchmark.',
  valuesMap: {
    ACHIEVED: { description: 'Fully achieved.' },
    PARTIALLY_ACHIEVED: { description: 'Partially achieved.' },
    NOT_ACHIEVED: { description: 'Not achieved.' },
  },
});

registerEnumType(SupplementaryAnswer, {
  name: 'SupplementaryAnswer',
  description: 'Share of pupils a supplementary work-experience answer reports.',
  valuesMap: {
    NONE: { description: 'None.' },
    A_FEW: { description: 'A few (1-25 %).' },
    SOME: { description: 'Some (26-50 %).' },
    MOST: { description: 'Most (51-75 %).' },
    OVERWHELMING_MAJORITY: { description: 'Overwhelming majority (76-90 %).' },
    ALMOST_ALL: { description: 'Almost all (91-99 %).' },
    ALL: { description: 'All (100 %).' },
    DONT_KNOW: { description: 'Don’t know.' },
  },
});

registerEnumType(SupplementaryQuestion, {
  name: 'SupplementaryQuestion',
  description: 'The four supplementary Compass questions on meaningful workplace experiences.',
  valuesMap: {
    KS3_ALL_PUPILS: {
      description: 'Proportion of pupils with such experiences by the end of KS3.',
    },
    KS3_FSM_PUPILS: {
      description: 'Proportion of FSM pupils with such experiences by the end of KS3.',
    },
    KS4_ALL_PUPILS: { description: 'Proportion of pupils with work placements by the end of KS4.' },
    KS4_FSM_PUPILS: {
      description: 'Proportion of FSM pupils with such experiences by the end of KS4.',
    },
  },
});
