import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChecklistItem, ChecklistParty } from '../checklist-items';

registerEnumType(ChecklistItem, {
  name: 'ChecklistItem',
  description: 'What is done before pupils attend a booking.',
  valuesMap: {
    PARENTAL_CONSENT: { description: 'The school holds parental consent for every pupil booked.' },
    NEEDS_SHARED: {
      description:
        'The school has shared pupils’ medical, SEND and access needs with the employer.',
    },
    TRAVEL_ARRANGED: { description: 'The school has arranged the pupils’ travel.' },
    SUPERVISOR_NAMED: { description: 'The employer has named the workplace supervisor.' },
    INDUCTION_CONFIRMED: { description: 'The employer has confirmed the pupils’ induction.' },
  },
});

registerEnumType(ChecklistParty, {
  name: 'ChecklistParty',
  description: 'Who completes a checklist item.',
  valuesMap: {
    INSTITUTION: { description: 'The booking institution’s careers leader.' },
    EMPLOYER: { description: 'The employer offering the opportunity.' },
  },
});

@ObjectType({ description: 'One item of a booking’s checklist.' })
export class ChecklistItemState {
  @Field(() => ChecklistItem, { description: 'The item.' })
  item: ChecklistItem;

  @Field(() => ChecklistParty, { description: 'Who completes it.' })
  party: ChecklistParty;

  @Field(() => Date, { nullable: true, description: 'When it was done; null while open.' })
  completedAt: Date | null;
}

@ObjectType({
  description:
    'What is done before pupils attend: attendance cannot be recorded until every item is done.',
})
export class BookingChecklist {
  @Field(() => ID, { description: 'The booking it is for.' })
  bookingId: string;

  @Field(() => [ChecklistItemState], { description: 'Every item, in the usual order.' })
  items: ChecklistItemState[];

  @Field({ description: 'Whether every item is done.' })
  complete: boolean;

  @Field(() => Int, { nullable: true, description: 'Pupils with parental consent held.' })
  consentCount: number | null;

  @Field(() => String, { nullable: true, description: 'How the pupils travel (no names).' })
  travelArrangements: string | null;

  @Field(() => String, { nullable: true, description: 'The workplace supervisor’s name.' })
  supervisorName: string | null;

  @Field(() => String, { nullable: true, description: 'The workplace supervisor’s job title.' })
  supervisorRole: string | null;
}
