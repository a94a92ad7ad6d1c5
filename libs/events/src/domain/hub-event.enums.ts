import { registerEnumType } from '@nestjs/graphql';

/** What a hub event is. */
export enum HubEventKind {
  ADVISER_NETWORK_MEETING = 'ADVISER_NETWORK_MEETING',
  EMPLOYER_NETWORK_SESSION = 'EMPLOYER_NETWORK_SESSION',
  SECTOR_GROUP_EVENT = 'SECTOR_GROUP_EVENT',
  PARENT_CARER_SESSION = 'PARENT_CARER_SESSION',
  STUDENT_EVENT = 'STUDENT_EVENT',
  CELEBRATION = 'CELEBRATION',
}

export enum HubEventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}

/** Who an event is for; each decides who may register, and who is invited when it is published. */
export enum HubEventAudience {
  ADVISERS = 'ADVISERS',
  EMPLOYER_CONTACTS = 'EMPLOYER_CONTACTS',
  /** Careers leaders registering groups of pupils (a number by year group, never names). */
  CAREERS_LEADERS = 'CAREERS_LEADERS',
  PARENTS_CARERS = 'PARENTS_CARERS',
  PUBLIC = 'PUBLIC',
}

/** Who a registration is for. */
export enum HubEventRegistrationKind {
  ADVISER = 'ADVISER',
  EMPLOYER_CONTACT = 'EMPLOYER_CONTACT',
  /** A careers leader's group of pupils of one year group. */
  GROUP = 'GROUP',
  /** An adult from the public page (a parent or carer): name and email only. */
  PUBLIC = 'PUBLIC',
}

export enum HubEventRegistrationStatus {
  /** A public registration whose address is not confirmed yet: it holds no place. */
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(HubEventKind, {
  name: 'HubEventKind',
  description: 'What a hub event is.',
  valuesMap: {
    ADVISER_NETWORK_MEETING: { description: 'The Enterprise Adviser Network brought together.' },
    EMPLOYER_NETWORK_SESSION: { description: 'A session of the Employer Network.' },
    SECTOR_GROUP_EVENT: { description: 'An event of a sector group (e.g. a gaming panel).' },
    PARENT_CARER_SESSION: { description: 'A session for parents and carers.' },
    STUDENT_EVENT: { description: 'Students invited, e.g. to a sector week.' },
    CELEBRATION: { description: 'A celebration of the network.' },
  },
});
registerEnumType(HubEventStatus, {
  name: 'HubEventStatus',
  description: 'Where a hub event stands.',
  valuesMap: {
    DRAFT: { description: 'Being planned: only hub staff see it.' },
    PUBLISHED: { description: 'Open to its audience, who were invited.' },
    CANCELLED: { description: 'Cancelled: everyone registered was told.' },
  },
});
registerEnumType(HubEventAudience, {
  name: 'HubEventAudience',
  description: 'Who a hub event is for.',
  valuesMap: {
    ADVISERS: { description: 'Enterprise Advisers register themselves.' },
    EMPLOYER_CONTACTS: { description: 'Employer contacts register themselves.' },
    CAREERS_LEADERS: { description: 'Careers leaders register groups of pupils (numbers only).' },
    PARENTS_CARERS: { description: 'Parents and carers, through the public page.' },
    PUBLIC: { description: 'Anyone, through the public page.' },
  },
});
registerEnumType(HubEventRegistrationKind, {
  name: 'HubEventRegistrationKind',
  description: 'Who a registration is for.',
  valuesMap: {
    ADVISER: { description: 'An adviser, themselves.' },
    EMPLOYER_CONTACT: { description: 'An employer contact, themselves.' },
    GROUP: { description: 'A number of pupils of one year group of an institution.' },
    PUBLIC: { description: 'An adult from the public page, with how many will attend.' },
  },
});
registerEnumType(HubEventRegistrationStatus, {
  name: 'HubEventRegistrationStatus',
  description: 'Where a registration stands.',
  valuesMap: {
    AWAITING_CONFIRMATION: {
      description: 'A public registration waiting for its address to be confirmed; no place yet.',
    },
    CONFIRMED: { description: 'Holds its places.' },
    WAITLISTED: { description: 'On the waiting list, offered freed places in order.' },
    CANCELLED: { description: 'Cancelled; its places were freed.' },
  },
});
