import {
  Args,
  ArgsType,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import {
  Actor,
  CurrentActor,
  HUB_TEAM,
  hubForWrite,
  IsNotBlank,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { canActForEmployer } from '@chn/employers';
import { HubApprovalSettings } from '../approval/hub-approval-settings.service';
import { OpportunityApprovalService } from '../approval/opportunity-approval.service';
import { RiskAssessment } from '../compliance/graphql/compliance.types';
import { RiskAssessmentsService } from '../compliance/risk-assessments.service';
import { needsApproval } from '../domain/placement-approval';
import { Opportunity } from './opportunity.type';

const idArg = { type: () => ID, description: 'Opportunity id.' };
const hubIdArg = {
  type: () => ID,
  nullable: true,
  description: 'The hub: a national administrator must name it; others get their own.',
};
const MANAGERS = [...HUB_TEAM, Role.EMPLOYER];

@ObjectType('HubOpportunityApproval', {
  description: 'Whether a hub approves every opportunity, or only placements, before publication.',
})
export class HubOpportunityApproval {
  @Field(() => ID, { description: 'The hub.' })
  hubId: string;

  @Field({
    description:
      'Every opportunity needs approval; when false, only placements (tier 3 or at the employer’s premises) do.',
  })
  approvalRequired: boolean;
}

@ArgsType()
export class RejectOpportunityArgs {
  @Field(() => ID, { description: 'Opportunity id.' })
  @IsUUID()
  id: string;

  @Field({ description: 'Why it is sent back: shown to the employer, and emailed to them.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason: string;
}

/** The hub's approval of opportunities: its setting, and each step from submission to publication. */
@Resolver(() => Opportunity)
export class OpportunityApprovalResolver {
  constructor(
    private readonly approvals: OpportunityApprovalService,
    private readonly settings: HubApprovalSettings,
    private readonly riskAssessments: RiskAssessmentsService,
  ) {}

  @Roles(...HUB_TEAM, Role.VIEWER, Role.EMPLOYER)
  @Query(() => HubOpportunityApproval, {
    description: 'Whether the hub approves every opportunity, or only placements.',
  })
  async opportunityApproval(
    @CurrentActor() actor: Actor,
    @Args('hubId', hubIdArg) hubId?: string,
  ): Promise<HubOpportunityApproval> {
    const hub = hubForWrite(actor, hubId);
    return { hubId: hub, approvalRequired: await this.settings.approvalRequired(hub) };
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => HubOpportunityApproval, {
    description:
      'Make every opportunity of the hub need approval before publication (placements always do). Audited.',
  })
  setOpportunityApproval(
    @CurrentActor() actor: Actor,
    @Args('required', { description: 'Whether every opportunity needs approval.' })
    required: boolean,
    @Args('hubId', hubIdArg) hubId?: string,
  ) {
    return this.settings.set(actor, hubId, required);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opportunity, {
    description:
      'Submit a DRAFT opportunity for the hub’s approval: it becomes PENDING_APPROVAL and hub staff are told.',
  })
  submitOpportunity(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.approvals.submit(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Opportunity, {
    description:
      'Approve a PENDING_APPROVAL opportunity: it is published and the employer told. One at the employer’s premises needs the employer’s insurance and its risk assessment to stand until it ends.',
  })
  approveOpportunity(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.approvals.approve(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Opportunity, {
    description:
      'Send a PENDING_APPROVAL opportunity back to DRAFT with a reason, which the employer sees and is emailed.',
  })
  rejectOpportunity(@CurrentActor() actor: Actor, @Args() args: RejectOpportunityArgs) {
    return this.approvals.reject(actor, args.id, args.reason);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether it must be submitted for approval rather than published: a placement (tier 3 or at the employer’s premises), or any opportunity when the hub says so.',
  })
  async needsApproval(@Parent() opportunity: Opportunity, @Loaders() loaders: LoaderRegistry) {
    const required = await loaders
      .get<string, boolean>('opportunities.hubApprovalRequired', async (hubIds) => {
        const settings = await this.settings.forHubs(hubIds);
        return hubIds.map((id) => settings.get(id) ?? false);
      })
      .load(opportunity.hubId);
    return needsApproval(opportunity, required);
  }

  @ResolveField(() => RiskAssessment, {
    nullable: true,
    description:
      'Its risk assessment, for the hub team and the employer offering it; null for anyone else or when none is recorded.',
  })
  riskAssessment(
    @Parent() opportunity: Opportunity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    if (!canActForEmployer(actor, { id: opportunity.employerId, hubId: opportunity.hubId })) {
      return null;
    }
    return loaders
      .get<string, RiskAssessment | null>('opportunities.riskAssessment', async (ids) => {
        const found = await this.riskAssessments.byOpportunity(ids);
        return ids.map((id) => (found.get(id) as RiskAssessment | undefined) ?? null);
      })
      .load(opportunity.id);
  }
}
