import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { HubYearArgs, Role } from '@chn/core';
import { InstitutionType } from '@chn/institutions';
import { SupplementaryAnswer, SupplementaryQuestion } from '../entities/compass.enums';

export enum NationalFiguresSource {
  COMPUTED = 'COMPUTED',
  CONFIGURED = 'CONFIGURED',
  NONE = 'NONE',
}

registerEnumType(NationalFiguresSource, {
  name: 'NationalFiguresSource',
  description: 'Where the national figures of a dashboard come from.',
  valuesMap: {
    COMPUTED: {
      description: 'Computed across every hub of the deployment (enough hubs hold evaluations).',
    },
    CONFIGURED: { description: 'The national reference data configured for the year.' },
    NONE: { description: 'No national figures are available for the year.' },
  },
});

@ObjectType('UserLastLogin', { description: 'When a user of the hub last signed in.' })
export class UserLastLogin {
  @Field({ description: 'The user’s name.' })
  name: string;

  @Field(() => Role, { description: 'The user’s role.' })
  role: Role;

  @Field(() => Date, { description: 'Last sign-in.' })
  lastLoginAt: Date;
}

@ObjectType('AchievementFigures', {
  description:
    'Benchmark achievement of a group of evaluated institutions (their latest evaluation).',
})
export class AchievementFigures {
  @Field(() => Int, { description: 'Evaluated institutions in the group.' })
  institutions: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average number of benchmarks achieved (one decimal); null for an empty group.',
  })
  averageAchieved: number | null;

  @Field(() => Float, { nullable: true, description: 'Institutions achieving Benchmark 5, %.' })
  bm5Percent: number | null;

  @Field(() => Float, { nullable: true, description: 'Institutions achieving Benchmark 6, %.' })
  bm6Percent: number | null;
}

@ObjectType('InstitutionTypeAchievement', { description: 'Achievement of one institution type.' })
export class InstitutionTypeAchievement extends AchievementFigures {
  @Field(() => InstitutionType, { description: 'Institution type.' })
  type: InstitutionType;
}

@ObjectType('FsmQuartileAchievement', { description: 'Achievement of one national FSM quartile.' })
export class FsmQuartileAchievement extends AchievementFigures {
  @Field(() => Int, { description: 'FSM quartile: 1 = lowest FSM, 4 = highest.' })
  quartile: number;
}

@ObjectType('FloorTargetFigures', {
  description: 'Institutions in the hub against the floor target.',
})
export class FloorTargetFigures {
  @Field(() => Int, {
    description: 'Benchmarks the latest evaluation must fully achieve to meet the floor target.',
  })
  benchmarksRequired: number;

  @Field(() => Int, { description: 'Institutions in the hub meeting it.' })
  achieving: number;

  @Field(() => Int, { description: 'Institutions in the hub not meeting it, or never evaluated.' })
  failing: number;

  @Field(() => Float, { nullable: true, description: 'Achieving, % of institutions in the hub.' })
  percentAchieving: number | null;

  @Field(() => Float, { nullable: true, description: 'Failing, % of institutions in the hub.' })
  percentFailing: number | null;
}

@ObjectType('AchievedCount', {
  description: 'How many evaluated institutions achieve exactly this number of benchmarks.',
})
export class AchievedCount {
  @Field(() => Int, { description: 'Benchmarks achieved, 0 to 8.' })
  benchmarksAchieved: number;

  @Field(() => Int, { description: 'Evaluated institutions.' })
  institutions: number;

  @Field(() => Float, { nullable: true, description: '% of evaluated institutions.' })
  percent: number | null;
}

@ObjectType('BenchmarkFigures', { description: 'One Gatsby Benchmark across the hub.' })
export class BenchmarkFigures {
  @Field(() => Int, { description: 'Benchmark number, 1 to 8.' })
  number: number;

  @Field({ description: 'Benchmark name.' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Evaluated institutions achieving it, %.' })
  achievedPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Partially achieving it, %.' })
  partiallyPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Not achieving it, %.' })
  notAchievedPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'National achieved %, when known.' })
  nationalAchievedPercent: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The hub’s national quartile on this benchmark: 1 = top 25 % of hubs.',
  })
  hubQuartile: number | null;
}

@ObjectType('SupplementaryAnswerCount', { description: 'Institutions giving one answer.' })
export class SupplementaryAnswerCount {
  @Field(() => SupplementaryAnswer, { description: 'The answer.' })
  answer: SupplementaryAnswer;

  @Field(() => Int, { description: 'Evaluated institutions giving it.' })
  institutions: number;

  @Field(() => Float, { description: '% of the institutions that answered the question.' })
  percent: number;
}

@ObjectType('SupplementaryQuestionFigures', {
  description: 'Answers to one supplementary work-experience question (latest evaluations).',
})
export class SupplementaryQuestionFigures {
  @Field(() => SupplementaryQuestion, { description: 'The question.' })
  question: SupplementaryQuestion;

  @Field(() => [SupplementaryAnswerCount], { description: 'Answers given, in scale order.' })
  answers: SupplementaryAnswerCount[];
}

@ObjectType('HubDashboard', {
  description:
    'The Hub Overview Dashboard of one hub and academic year. Populations: see each field.',
})
export class HubDashboard {
  @Field(() => ID, { description: 'The hub.' })
  hubId: string;

  @Field({ description: 'Academic year, e.g. 2024/25.' })
  academicYear: string;

  @Field(() => Int, { description: 'Eligible institutions of the hub.' })
  eligibleInstitutions: number;

  @Field(() => Int, {
    description: 'Eligible institutions in the hub (joined on or before the end of the year).',
  })
  institutionsInHub: number;

  @Field(() => Float, { nullable: true, description: 'Institutions in hub, % of eligible.' })
  percentInHub: number | null;

  @Field(() => Float, { description: 'The hub’s target for percentInHub (default 95).' })
  inHubTarget: number;

  @Field(() => Int, { description: 'Institutions with FSQ completions in the year.' })
  fsqInstitutions: number;

  @Field(() => Int, { description: 'FSQ completions (students) in the year.' })
  fsqStudents: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Institutions in hub with at least 100 FSQ completions, % of institutions in hub.',
  })
  percentFsqAtLeast100: number | null;

  @Field(() => Int, { description: 'Institutions in hub with a Compass evaluation that counts.' })
  evaluatedInstitutions: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Evaluated institutions upgraded to Compass+, % of evaluated institutions.',
  })
  percentCompassPlus: number | null;

  @Field(() => Int, { description: 'Enterprise Advisers active now.' })
  currentAdvisers: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Institutions in hub matched in the year (1-2-1 or agile), %.',
  })
  percentMatchedAny: number | null;

  @Field(() => Float, { nullable: true, description: 'Institutions in hub matched 1-2-1, %.' })
  percentMatchedOneToOne: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Institutions in hub matched agile, %; null when the hub had no agile match.',
  })
  percentMatchedAgile: number | null;

  @Field(() => [UserLastLogin], {
    description: 'The hub’s ten most recent sign-ins, most recent first.',
  })
  lastLogins: UserLastLogin[];

  @Field(() => [InstitutionTypeAchievement], {
    description: 'Achievement per institution type (evaluated institutions).',
  })
  byInstitutionType: InstitutionTypeAchievement[];

  @Field(() => AchievementFigures, { description: 'Achievement of all evaluated institutions.' })
  institutionTypeTotal: AchievementFigures;

  @Field(() => [FsmQuartileAchievement], {
    description: 'Achievement per national FSM quartile (evaluated institutions with FSM data).',
  })
  byFsmQuartile: FsmQuartileAchievement[];

  @Field(() => AchievementFigures, {
    description: 'Achievement of the evaluated institutions with FSM data.',
  })
  fsmQuartileTotal: AchievementFigures;

  @Field(() => FloorTargetFigures, { description: 'The floor target over institutions in hub.' })
  floorTarget: FloorTargetFigures;

  @Field(() => [AchievedCount], {
    description: 'Evaluated institutions by number of benchmarks achieved, 0 to 8.',
  })
  achievedDistribution: AchievedCount[];

  @Field(() => [BenchmarkFigures], { description: 'Each benchmark, 1 to 8.' })
  benchmarks: BenchmarkFigures[];

  @Field(() => Float, {
    nullable: true,
    description: 'Average number of benchmarks achieved by evaluated institutions.',
  })
  averageAchieved: number | null;

  @Field(() => Float, { nullable: true, description: 'National average benchmarks achieved.' })
  nationalAverageAchieved: number | null;

  @Field(() => NationalFiguresSource, { description: 'Where the national figures come from.' })
  nationalFiguresSource: NationalFiguresSource;

  @Field(() => String, {
    nullable: true,
    description: 'Academic year of the configured national reference data used, when used.',
  })
  nationalReferenceYear: string | null;

  @Field(() => Float, { nullable: true, description: 'The hub’s target average achieved.' })
  targetAverageAchieved: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Further benchmarks to achieve to reach the target average: ⌈(target − averageAchieved) × evaluated⌉, at least 0; null without a target.',
  })
  benchmarksRequiredToReachTarget: number | null;

  @Field(() => [SupplementaryQuestionFigures], {
    description: 'The four supplementary questions’ answers (evaluated institutions).',
  })
  supplementaryAnswers: SupplementaryQuestionFigures[];
}

export enum ExportFormat {
  CSV = 'CSV',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'Format of an export.',
  valuesMap: { CSV: { description: 'Comma-separated values (RFC 4180), UTF-8, CRLF lines.' } },
});

@ArgsType()
export class ExportDashboardArgs extends HubYearArgs {
  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'The format.' })
  @IsEnum(ExportFormat)
  format: ExportFormat;
}
