import { registerEnumType } from '@nestjs/graphql';
import { KeyStage } from '../domain/key-stage';
import {
  BookingStatus,
  DeliveryMode,
  MeaningfulCriterion,
  OpportunityKind,
  OpportunityStatus,
  Tier,
} from '../domain/opportunity.enums';

registerEnumType(OpportunityKind, {
  name: 'OpportunityKind',
  description: 'What an employer offers young people.',
  valuesMap: {
    WORKPLACE_VISIT: { description: 'A visit to the workplace.' },
    WORK_EXPERIENCE_PLACEMENT: { description: 'A work-experience placement.' },
    CAREERS_TALK: { description: 'A talk about careers in the sector.' },
    VIRTUAL_EXPERIENCE: { description: 'A virtual work experience.' },
    PROJECT: { description: 'A project set by the employer.' },
    SUPPORTED_INTERNSHIP: { description: 'A supported internship, typically for SEND learners.' },
    MENTORING: { description: 'Mentoring by employees.' },
    MOCK_INTERVIEWS: { description: 'Mock interviews with employees.' },
  },
});

registerEnumType(Tier, {
  name: 'Tier',
  description: 'The equalex tier of an experience: how deep it goes.',
  valuesMap: {
    T1: { description: 'Introduce & Inspire.' },
    T2: { description: 'Investigate & Explore.' },
    T3: { description: 'Apply & Demonstrate.' },
  },
});

registerEnumType(DeliveryMode, {
  name: 'DeliveryMode',
  description: 'How an opportunity is delivered.',
  valuesMap: {
    IN_PERSON: { description: 'In person.' },
    VIRTUAL: { description: 'Online.' },
    HYBRID: { description: 'Partly in person, partly online.' },
  },
});

registerEnumType(MeaningfulCriterion, {
  name: 'MeaningfulCriterion',
  description: 'One of the seven criteria of a meaningful experience (Gatsby Benchmark 6).',
  valuesMap: {
    CLEAR_PURPOSE: { description: 'A clear purpose, shared with the employer and young person.' },
    LEARNING_OUTCOMES: {
      description: 'Underpinned by learning outcomes fit for the young person.',
    },
    TWO_WAY_INTERACTION: { description: 'Extensive two-way interaction with employees.' },
    MEETS_RANGE_OF_PEOPLE: { description: 'Meets a range of people from the workplace.' },
    PERFORMS_TASK: { description: 'Performs a task set by the employer or produces work.' },
    EMPLOYER_FEEDBACK: { description: 'The employer gives feedback on the young person’s work.' },
    REFLECTION: { description: 'Followed by reflection on the insights and skills gained.' },
  },
});

registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  description: 'Where an opportunity is in its lifecycle.',
  valuesMap: {
    DRAFT: { description: 'Being written; only the employer and the hub team see it.' },
    PENDING_APPROVAL: {
      description: 'Submitted for the hub’s approval; only the employer and the hub team see it.',
    },
    PUBLISHED: { description: 'Open: institutions can request places.' },
    CLOSED: { description: 'Visible but taking no new requests.' },
    CANCELLED: { description: 'Called off; its open bookings were cancelled.' },
  },
});

registerEnumType(KeyStage, {
  name: 'KeyStage',
  description: 'A school key stage.',
  valuesMap: {
    KS3: { description: 'Years 7 to 9.' },
    KS4: { description: 'Years 10 and 11.' },
    KS5: { description: 'Years 12 and 13.' },
  },
});

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a booking is. REQUESTED and CONFIRMED hold places; the others hold none.',
  valuesMap: {
    REQUESTED: { description: 'Asked for (or offered from the waiting list); holds its places.' },
    CONFIRMED: { description: 'Confirmed by the employer or hub; holds its places.' },
    DECLINED: { description: 'Declined by the employer or hub; places released.' },
    CANCELLED: { description: 'Cancelled by the institution or hub; places released.' },
    WAITLISTED: { description: 'On the waiting list; holds no places until offered one.' },
  },
});
