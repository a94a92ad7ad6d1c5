import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DeliveryMode,
  MeaningfulCriterion,
  OpportunityKind,
  OpportunityStatus,
  Tier,
} from '../domain/opportunity.enums';
import './opportunity-enums.type';

@ObjectType('Opportunity', {
  description: 'Something an employer offers young people, which institutions book places on.',
})
export class Opportunity {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the opportunity belongs to.' })
  hubId: string;

  @Field(() => ID, { description: 'Employer offering it.' })
  employerId: string;

  @Field(() => OpportunityKind, { description: 'What kind of experience it is.' })
  kind: OpportunityKind;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What young people will do.' })
  description: string;

  @Field(() => Tier, { description: 'Equalex tier.' })
  tier: Tier;

  @Field({ description: 'Sector, e.g. Digital & Gaming.' })
  sector: string;

  @Field(() => [Int], { description: 'Year groups it is for (7 to 13), ascending.' })
  yearGroups: number[];

  @Field(() => DeliveryMode, { description: 'In person, virtual or hybrid.' })
  deliveryMode: DeliveryMode;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD).' })
  endsOn: string;

  @Field(() => Float, { description: 'Length in days per young person; halves allowed.' })
  lengthDays: number;

  @Field(() => Int, { description: 'Places offered in all.' })
  totalPlaces: number;

  @Field({ description: 'Suitable for young people with special educational needs.' })
  sendFriendly: boolean;

  @Field(() => [MeaningfulCriterion], {
    description: 'Which of the seven meaningful-experience criteria it meets.',
  })
  meaningfulCriteria: MeaningfulCriterion[];

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  location: string | null;

  @Field(() => OpportunityStatus, { description: 'Where it is in its lifecycle.' })
  status: OpportunityStatus;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt: Date | null;

  @Field({
    description:
      'Held at the employer’s premises: it always needs the hub’s approval, and a risk assessment to be approved.',
  })
  atEmployerPremises: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted for approval.' })
  submittedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why hub staff sent it back to DRAFT; cleared when it is submitted again.',
  })
  rejectionReason: string | null;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}
