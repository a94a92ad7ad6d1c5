import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Adviser } from '@chn/advisers';
import { AppConfig, Clock } from '@chn/core';
import { matchabilityPolicy, matchabilityProblem, validUntil } from './adviser-eligibility';

@ObjectType({
  description:
    'Whether an adviser may be matched today, and until when their induction and DBS check count.',
})
export class AdviserMatchability {
  @Field({ description: 'True when a match can be proposed to or accepted by the adviser today.' })
  matchable!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not, as an error reason (e.g. DBS_EXPIRED); null when matchable.',
  })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Why not, in words; null when matchable.' })
  explanation!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (YYYY-MM-DD) the induction counts; null when not inducted.',
  })
  inductionValidUntil!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (YYYY-MM-DD) the DBS check counts; null when never checked.',
  })
  dbsValidUntil!: string | null;
}

/** The matching rule applied to one adviser, so a reader sees what their dates allow. */
@Resolver(() => Adviser)
export class AdviserMatchabilityResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => AdviserMatchability, {
    description: 'Whether the adviser may be matched today, and why not.',
  })
  matchability(@Parent() adviser: Adviser): AdviserMatchability {
    const policy = matchabilityPolicy(this.config);
    const problem = matchabilityProblem(adviser, this.clock.today(), policy);
    return {
      matchable: !problem,
      reason: problem?.reason ?? null,
      explanation: problem?.message ?? null,
      inductionValidUntil: adviser.inductionCompletedOn
        ? validUntil(adviser.inductionCompletedOn, policy.inductionValidityMonths)
        : null,
      dbsValidUntil: adviser.dbsCheckedOn
        ? validUntil(adviser.dbsCheckedOn, policy.dbsValidityMonths)
        : null,
    };
  }
}
