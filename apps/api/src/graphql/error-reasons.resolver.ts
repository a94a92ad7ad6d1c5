import { Field, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { ERROR_REASONS, ErrorReason, Public } from '@chn/core';

const reasons = Object.keys(ERROR_REASONS) as ErrorReason[];

/** `ERROR_REASONS` as an enum object, each value its own name, for the schema. */
const ErrorReasonEnum = Object.fromEntries(reasons.map((reason) => [reason, reason])) as {
  [R in ErrorReason]: R;
};

registerEnumType(ErrorReasonEnum, {
  name: 'ErrorReason',
  description:
    'Why the API refused a request: an error’s `extensions.reason`, beside its `extensions.code`. Stable: a client can switch on it.',
  valuesMap: Object.fromEntries(
    reasons.map((reason) => [reason, { description: ERROR_REASONS[reason] }]),
  ),
});

@ObjectType({ description: 'One reason an error can carry, and what it means.' })
export class ErrorReasonInfo {
  @Field(() => ErrorReasonEnum, { description: 'The value of `extensions.reason`.' })
  reason!: ErrorReason;

  @Field({ description: 'What the reason means.' })
  description!: string;
}

@Resolver()
export class ErrorReasonsResolver {
  @Public()
  @Query(() => [ErrorReasonInfo], {
    description: 'Every reason an error can carry in `extensions.reason`, with what it means.',
  })
  errorReasons(): ErrorReasonInfo[] {
    return reasons.map((reason) => ({ reason, description: ERROR_REASONS[reason] }));
  }
}
