import { Foundation1795386317200 } from './1795386317200-foundation';
import { EmployerNetwork1795387593898 } from './1795387593898-employer-network';
import { Advisers1795388332669 } from './1795388332669-advisers';
import { Opportunities1795388488012 } from './1795388488012-opportunities';
import { Matching1795391010538 } from './1795391010538-matching';
import { AutoMatchPlans1795392534804 } from './1795392534804-auto-match-plans';
import { Notifications1795393000000 } from './1795393000000-notifications';
import { Reporting1795394000000 } from './1795394000000-reporting';
import { OpportunityLengthWithinDates1795395300000 } from './1795395300000-opportunity-length-within-dates';
import { MatchOverrideReason1795395400000 } from './1795395400000-match-override-reason';
import { EmailClaims1795395500000 } from './1795395500000-email-claims';
import { DbsRemindersKeyed1795395700000 } from './1795395700000-dbs-reminders-keyed';
import { SectorGroupJoinRequests1795395800000 } from './1795395800000-sector-group-join-requests';
import { UserAccounts1795396100000 } from './1795396100000-user-accounts';
import { SignInCodes1795396300000 } from './1795396300000-sign-in-codes';
import { EmployerApplications1795396500000 } from './1795396500000-employer-applications';
import { HubFiguresChanged1795396640000 } from './1795396640000-hub-figures-changed';
import { MembershipDeclineReason1795396740000 } from './1795396740000-membership-decline-reason';
import { AdviserLeftOn1795397000000 } from './1795397000000-adviser-left-on';
import { SafePlacements1796145648205 } from './1796145648205-safe-placements';
import { BookingChecklists1796150476993 } from './1796150476993-booking-checklists';
import { EncounterFeedback1796157405841 } from './1796157405841-encounter-feedback';
import { MatchMeetings1796157406762 } from './1796157406762-match-meetings';
import { HubEvents1796157417279 } from './1796157417279-hub-events';
import { Programmes1796157438253 } from './1796157438253-programmes';
import { AdviserDeclineReason1796158535091 } from './1796158535091-adviser-decline-reason';
import { HubEventFigures1796162676726 } from './1796162676726-hub-event-figures';
import { PublicRegistrantRetention1796163116323 } from './1796163116323-public-registrant-retention';

/** Every migration, in order. Listed here (not globbed) so the same list works from source and from dist. */
export const MIGRATIONS = [
  Foundation1795386317200,
  EmployerNetwork1795387593898,
  Advisers1795388332669,
  Opportunities1795388488012,
  Matching1795391010538,
  AutoMatchPlans1795392534804,
  Notifications1795393000000,
  Reporting1795394000000,
  OpportunityLengthWithinDates1795395300000,
  MatchOverrideReason1795395400000,
  EmailClaims1795395500000,
  DbsRemindersKeyed1795395700000,
  SectorGroupJoinRequests1795395800000,
  UserAccounts1795396100000,
  SignInCodes1795396300000,
  EmployerApplications1795396500000,
  HubFiguresChanged1795396640000,
  MembershipDeclineReason1795396740000,
  AdviserLeftOn1795397000000,
  SafePlacements1796145648205,
  BookingChecklists1796150476993,
  EncounterFeedback1796157405841,
  MatchMeetings1796157406762,
  HubEvents1796157417279,
  Programmes1796157438253,
  AdviserDeclineReason1796158535091,
  HubEventFigures1796162676726,
  PublicRegistrantRetention1796163116323,
  // New migrations go on their own line, at the end.
];
