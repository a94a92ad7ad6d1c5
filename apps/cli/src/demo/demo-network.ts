import { currentAcademicYear } from '@chn/core';
import { SizeBand } from '@chn/employers';
import { DeliveryMode, MeaningfulCriterion, OpportunityKind, Tier } from '@chn/opportunities';

/** The day `offsetDays` from today (YYYY-MM-DD), so the demo's dates never go stale. */
export const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * How many days ago to place a moment of the demo hub's history that belongs `daysAgo` days
 * back, in a history reaching `oldest` days back: early in an academic year the history is
 * drawn nearer (never nearer than `least` days), so it still falls in the year the dashboard
 * opens on, whatever the date the demo is seeded.
 */
export function daysAgoThisYear(daysAgo: number, oldest: number, least = 1): number {
  const elapsed = Math.floor(
    (Date.parse(isoDate(0)) - Date.parse(currentAcademicYear().startsOn)) / 86_400_000,
  );
  return Math.max(least, Math.floor(daysAgo * Math.min(1, elapsed / oldest)));
}

/** A living demo network: three sector groups, their employers, advisers and opportunities. */
export const DEMO_SECTOR_GROUPS = [
  { name: 'Gaming', description: 'Local games studios with a shared schools outreach plan.' },
  {
    name: 'Visitor Economy — Hoteliers',
    description: 'Hotels opening hospitality careers to students.',
  },
  {
    name: 'Health & Care',
    description: 'NHS trusts and care providers: clinical and non-clinical roles.',
  },
];

export interface DemoEmployer {
  name: string;
  group: number;
  sector: string;
  sizeBand: SizeBand;
  postcode: string;
  membership: 'ACTIVE' | 'PENDING';
  pledge: string;
}

export const DEMO_EMPLOYERS: DemoEmployer[] = [
  {
    name: 'Mersey Pixel Studios',
    group: 0,
    sector: 'Digital & Gaming',
    sizeBand: SizeBand.SMALL,
    postcode: 'L1 0AB',
    membership: 'ACTIVE',
    pledge: '2 placements a year',
  },
  {
    name: 'Baltic Triangle Games',
    group: 0,
    sector: 'Digital & Gaming',
    sizeBand: SizeBand.MICRO,
    postcode: 'L1 4DQ',
    membership: 'ACTIVE',
    pledge: 'Termly studio visits',
  },
  {
    name: 'Wirral Code Works',
    group: 0,
    sector: 'Digital & Gaming',
    sizeBand: SizeBand.MEDIUM,
    postcode: 'CH41 1AA',
    membership: 'PENDING',
    pledge: 'Mock interviews',
  },
  {
    name: 'Albert Dock Hotel',
    group: 1,
    sector: 'Visitor Economy',
    sizeBand: SizeBand.LARGE,
    postcode: 'L3 4AD',
    membership: 'ACTIVE',
    pledge: '10 placement days a year',
  },
  {
    name: 'Waterfront Suites',
    group: 1,
    sector: 'Visitor Economy',
    sizeBand: SizeBand.MEDIUM,
    postcode: 'L3 1BP',
    membership: 'ACTIVE',
    pledge: 'Hospitality taster days',
  },
  {
    name: 'Southport Seaside Inn',
    group: 1,
    sector: 'Visitor Economy',
    sizeBand: SizeBand.SMALL,
    postcode: 'PR8 1RH',
    membership: 'ACTIVE',
    pledge: 'Careers talks',
  },
  {
    name: 'Riverside Care Trust',
    group: 2,
    sector: 'Health & Social Care',
    sizeBand: SizeBand.LARGE,
    postcode: 'L7 8XP',
    membership: 'ACTIVE',
    pledge: 'Supported internships',
  },
  {
    name: 'Knowsley Community Health',
    group: 2,
    sector: 'Health & Social Care',
    sizeBand: SizeBand.LARGE,
    postcode: 'L36 9GA',
    membership: 'ACTIVE',
    pledge: 'Workplace safaris',
  },
  {
    name: 'St Helens Home Care',
    group: 2,
    sector: 'Health & Social Care',
    sizeBand: SizeBand.SMALL,
    postcode: 'WA10 1HJ',
    membership: 'ACTIVE',
    pledge: 'Virtual experiences',
  },
];

export const DEMO_ADVISERS = [
  {
    name: 'Priya Shah',
    employer: 0,
    jobTitle: 'Studio Director',
    sectors: ['Digital & Gaming'],
    skills: ['leadership', 'game design'],
    las: ['341', '344'],
    sendAp: false,
  },
  {
    name: 'Tom Hughes',
    employer: 1,
    jobTitle: 'Lead Programmer',
    sectors: ['Digital & Gaming'],
    skills: ['software engineering'],
    las: ['341'],
    sendAp: true,
  },
  {
    name: 'Grace Okafor',
    employer: 3,
    jobTitle: 'General Manager',
    sectors: ['Visitor Economy'],
    skills: ['operations', 'recruitment'],
    las: ['341', '343'],
    sendAp: false,
  },
  {
    name: 'Liam Byrne',
    employer: 4,
    jobTitle: 'HR Business Partner',
    sectors: ['Visitor Economy'],
    skills: ['HR', 'interviewing'],
    las: ['341', '340'],
    sendAp: false,
  },
  {
    name: 'Hannah Lee',
    employer: 5,
    jobTitle: 'Owner',
    sectors: ['Visitor Economy'],
    skills: ['small business'],
    las: ['343'],
    sendAp: true,
  },
  {
    name: 'Dr Sam Patel',
    employer: 6,
    jobTitle: 'Clinical Lead',
    sectors: ['Health & Social Care'],
    skills: ['clinical education'],
    las: ['341', '342'],
    sendAp: true,
  },
  {
    name: 'Joanne Murphy',
    employer: 7,
    jobTitle: 'Workforce Development Manager',
    sectors: ['Health & Social Care'],
    skills: ['apprenticeships'],
    las: ['340', '342', '876'],
    sendAp: false,
  },
  {
    name: 'Chris Evans',
    employer: 8,
    jobTitle: 'Registered Manager',
    sectors: ['Health & Social Care'],
    skills: ['care'],
    las: ['342'],
    sendAp: true,
  },
];

const ALL_CRITERIA = Object.values(MeaningfulCriterion);

export interface DemoOpportunity {
  employer: number;
  title: string;
  kind: OpportunityKind;
  tier: Tier;
  yearGroups: number[];
  deliveryMode: DeliveryMode;
  /** Days from today to the start; negative for one that has already run. */
  startsInDays: number;
  lengthDays: number;
  totalPlaces: number;
  criteria: number;
  sendFriendly: boolean;
  /** Held at the employer's premises: approved only with its insurance and a risk assessment. */
  atEmployerPremises?: boolean;
  /** Left on its way through the hub's approval rather than published: to show the queue. */
  approval?: 'PENDING' | 'SENT_BACK';
}

export const DEMO_OPPORTUNITIES: DemoOpportunity[] = [
  {
    employer: 0,
    title: 'Inside a games studio',
    kind: OpportunityKind.WORKPLACE_VISIT,
    tier: Tier.T1,
    yearGroups: [7, 8, 9],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 21,
    lengthDays: 0.5,
    totalPlaces: 30,
    criteria: 4,
    sendFriendly: true,
  },
  {
    employer: 1,
    title: 'Build a level: game jam',
    kind: OpportunityKind.PROJECT,
    tier: Tier.T3,
    yearGroups: [10, 11],
    deliveryMode: DeliveryMode.HYBRID,
    startsInDays: 45,
    lengthDays: 2,
    totalPlaces: 12,
    criteria: 7,
    sendFriendly: false,
  },
  {
    employer: 0,
    title: 'Careers in games: virtual tour',
    kind: OpportunityKind.VIRTUAL_EXPERIENCE,
    tier: Tier.T1,
    yearGroups: [7, 8, 9, 10],
    deliveryMode: DeliveryMode.VIRTUAL,
    startsInDays: -30,
    lengthDays: 0.5,
    totalPlaces: 60,
    criteria: 3,
    sendFriendly: true,
  },
  {
    employer: 3,
    title: 'Hotel departments explored',
    kind: OpportunityKind.WORKPLACE_VISIT,
    tier: Tier.T2,
    yearGroups: [9, 10],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 14,
    lengthDays: 1,
    totalPlaces: 16,
    criteria: 5,
    sendFriendly: true,
  },
  {
    employer: 4,
    title: 'Front of house placement week',
    atEmployerPremises: true,
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    yearGroups: [10, 11],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 60,
    lengthDays: 5,
    totalPlaces: 4,
    criteria: 7,
    sendFriendly: false,
  },
  {
    employer: 5,
    title: 'Running a seaside business: talk',
    kind: OpportunityKind.CAREERS_TALK,
    tier: Tier.T1,
    yearGroups: [8, 9, 10, 11],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 10,
    lengthDays: 0.5,
    totalPlaces: 90,
    criteria: 2,
    sendFriendly: true,
  },
  {
    employer: 6,
    title: 'Workplace safari: a day on the wards',
    kind: OpportunityKind.WORKPLACE_VISIT,
    tier: Tier.T2,
    yearGroups: [9, 10, 11],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: -20,
    lengthDays: 1,
    totalPlaces: 20,
    criteria: 6,
    sendFriendly: true,
  },
  {
    employer: 7,
    title: 'Health careers mock interviews',
    kind: OpportunityKind.MOCK_INTERVIEWS,
    tier: Tier.T2,
    yearGroups: [11, 12, 13],
    deliveryMode: DeliveryMode.HYBRID,
    startsInDays: 30,
    lengthDays: 0.5,
    totalPlaces: 24,
    criteria: 5,
    sendFriendly: false,
  },
  {
    employer: 8,
    title: 'Supported internship: care assistant',
    atEmployerPremises: true,
    kind: OpportunityKind.SUPPORTED_INTERNSHIP,
    tier: Tier.T3,
    yearGroups: [12, 13],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 75,
    lengthDays: 10,
    totalPlaces: 3,
    criteria: 7,
    sendFriendly: true,
  },
];

/** Waiting in the hub's approval queue, or sent back to the employer, at the end of the seed. */
DEMO_OPPORTUNITIES.push(
  {
    employer: 0,
    title: 'Games QA placement week',
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    yearGroups: [10, 11],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 50,
    lengthDays: 5,
    totalPlaces: 4,
    criteria: 7,
    sendFriendly: false,
    atEmployerPremises: true,
    approval: 'PENDING',
  },
  {
    employer: 6,
    title: 'Ward placement: a week with the nursing team',
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    yearGroups: [12, 13],
    deliveryMode: DeliveryMode.IN_PERSON,
    startsInDays: 40,
    lengthDays: 5,
    totalPlaces: 2,
    criteria: 6,
    sendFriendly: false,
    atEmployerPremises: true,
    approval: 'PENDING',
  },
  {
    employer: 1,
    title: 'Level design masterclass',
    kind: OpportunityKind.PROJECT,
    tier: Tier.T3,
    yearGroups: [11],
    deliveryMode: DeliveryMode.VIRTUAL,
    startsInDays: 35,
    lengthDays: 1,
    totalPlaces: 15,
    criteria: 5,
    sendFriendly: true,
    approval: 'SENT_BACK',
  },
);

/** Employers' compliance records: insurance cover (in days from today), safeguarding review. */
export interface DemoCompliance {
  employer: number;
  insurer: string;
  coverAmountPounds: number;
  /** Days from today to the last day of cover. */
  coverEndsInDays: number;
  safeguardingReviewedDaysAgo: number;
}

export const DEMO_COMPLIANCE: DemoCompliance[] = [
  {
    employer: 0,
    insurer: 'Mersey Mutual',
    coverAmountPounds: 10_000_000,
    coverEndsInDays: 300,
    safeguardingReviewedDaysAgo: 90,
  },
  // Runs out within 60 days: on hub staff's list, and its contacts reminded.
  {
    employer: 1,
    insurer: 'Northern Assurance',
    coverAmountPounds: 5_000_000,
    coverEndsInDays: 45,
    safeguardingReviewedDaysAgo: 200,
  },
  {
    employer: 4,
    insurer: 'Wirral Insurance Co',
    coverAmountPounds: 10_000_000,
    coverEndsInDays: 400,
    safeguardingReviewedDaysAgo: 30,
  },
  {
    employer: 6,
    insurer: 'NHS Resolution',
    coverAmountPounds: 20_000_000,
    coverEndsInDays: 250,
    safeguardingReviewedDaysAgo: 60,
  },
  {
    employer: 8,
    insurer: 'Care Sector Mutual',
    coverAmountPounds: 10_000_000,
    coverEndsInDays: 500,
    safeguardingReviewedDaysAgo: 15,
  },
];

export function criteria(count: number): MeaningfulCriterion[] {
  return ALL_CRITERIA.slice(0, count);
}
