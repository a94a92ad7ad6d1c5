/**
 * Every `extensions.reason` the API answers, with what it means. A `DomainError` takes only a
 * reason listed here, so a new one fails to compile until it is described; the schema publishes
 * the list as the `ErrorReason` enum (`errorReasons` answers it with these descriptions).
 */
export const ERROR_REASONS = {
  // Any request
  UNAUTHENTICATED: 'No valid sign-in: send a bearer token or an API key.',
  FORBIDDEN: 'The request is not open to this caller.',
  ROLE_NOT_ALLOWED: 'The operation needs a role the caller does not hold.',
  OTHER_HUB: 'The hub named is not the caller’s own.',
  NATIONAL_ADMIN_ONLY: 'Only a national administrator (a HUB_ADMIN with no hub) may do this.',
  HUB_REQUIRED: 'Name the hub (hubId): a national administrator or the role needs one.',
  INVALID_INPUT: 'An argument is not valid; `fields` names each one and why.',
  INVALID_ID: 'An id is not a valid id.',
  INVALID_CURSOR: 'The `after` cursor is not one this list gave.',
  INVALID_CHARACTER: 'Text holds a character PostgreSQL cannot store (NUL, a lone surrogate).',
  INVALID_ACADEMIC_YEAR: 'An academic year is not written like 2025/26.',
  DATE_BEYOND_HORIZON: 'A date is more than three academic years ahead.',

  // Sign-in and accounts
  INVALID_CREDENTIALS: 'The email or password is not right.',
  INVALID_TOKEN: 'The session has expired, the token is not valid, or its account is gone.',
  INVALID_API_KEY: 'The API key is not valid or has been revoked.',
  SIGN_IN_LOCKED: 'Too many failed sign-ins: try again later.',
  SIGN_IN_LOCKED_FROM_ADDRESS:
    'Too many failed sign-ins from this address, and this account has failed too: try again later.',
  PUBLIC_FORM_LIMITED: 'Too many public form submissions from this address: try again later.',
  SIGN_IN_PROVIDER_UNKNOWN: 'No such sign-in provider is configured on this deployment.',
  SIGN_IN_STATE_INVALID:
    'The sign-in with a provider was not started here, was tampered with, or took too long.',
  SIGN_IN_PROVIDER_FAILED:
    'The sign-in provider refused the sign-in, or its answer could not be verified.',
  SIGN_IN_EMAIL_NOT_VERIFIED: 'The sign-in provider does not vouch for the account’s email.',
  SIGN_IN_NO_ACCOUNT: 'No account has the email the sign-in provider gave.',
  SIGN_IN_CODE_INVALID: 'The one-time sign-in code is unknown, used or expired: sign in again.',
  EMAIL_TAKEN: 'An account with this email already exists.',
  UNKNOWN_SECTOR_GROUP: 'A sector group named is not one of the hub’s.',
  HUB_CODE_TAKEN: 'A hub with this code already exists.',
  HUB_NOT_FOUND: 'No such hub, or not one the caller may see.',
  USER_NOT_FOUND: 'No such user, or not one the caller may see.',
  ACCOUNT_DEACTIVATED: 'The account has been deactivated by a hub administrator.',
  INVALID_LINK: 'The link is not valid, has been used already, or has expired.',
  WRONG_PASSWORD: 'The current password given is not right.',
  WEAK_PASSWORD: 'The new password is too short or too long (10 to 200 characters).',
  PASSWORD_RESET_THROTTLED: 'Too many password reset requests: try again later.',
  CANNOT_CHANGE_OWN_ACCOUNT:
    'An administrator cannot deactivate or change the role of their own account.',

  // Institutions
  INSTITUTION_NOT_FOUND: 'No such institution, or not one the caller may see.',
  INSTITUTION_URN_TAKEN: 'An institution with this URN is already in the hub.',
  INELIGIBLE_IN_HUB: 'An institution that is not eligible cannot be in the hub.',
  NOT_A_CAREERS_LEADER: 'The user named is not a careers leader of the hub.',
  MALFORMED_CSV: 'The GIAS file cannot be read as CSV.',
  INSTITUTIONS_CSV_INVALID:
    'The institutions (GIAS) file has rows that cannot be imported; `fields` names each line.',

  // Employer network
  EMPLOYER_NOT_FOUND: 'No such employer, or not one the caller may see.',
  MEMBERSHIP_NOT_FOUND: 'No such membership, or not one the caller may see.',
  SECTOR_GROUP_NOT_FOUND: 'No such sector group, or not one the caller may see.',
  API_KEY_NOT_FOUND: 'No such API key, or not one the caller may see.',
  COMPANY_NUMBER_TAKEN: 'An employer with this Companies House number is already in the hub.',
  SECTOR_GROUP_NAME_TAKEN: 'A sector group with this name already exists.',
  REQUIRED_FIELD_CLEARED: 'A required field cannot be set to null.',
  NOT_YOUR_EMPLOYER: 'Only the employer’s own contacts or hub staff can do this.',
  NOT_AN_EMPLOYER_USER: 'The user named is not an EMPLOYER user of the hub.',
  NOT_AN_EMPLOYER_CONTACT: 'Only the employer’s contacts manage its API keys.',
  CONTACT_OF_ANOTHER_EMPLOYER: 'The user is already a contact of another employer.',
  API_KEY_CANNOT_CREATE_KEYS: 'A request made with an API key cannot create API keys.',
  MEMBERSHIP_NOT_ACTIVE:
    'The employer holds no ACTIVE membership: it cannot post, confirm bookings or use API keys.',
  MEMBERSHIP_ALREADY_OPEN: 'The employer already has an open membership of the network.',
  RENEWAL_BEFORE_JOINING: 'The renewal date is not after the joining date.',
  RENEWAL_NOT_LATER:
    'A renewal must move the renewal date later: after the current one, or after today if it has passed.',
  ILLEGAL_MEMBERSHIP_TRANSITION: 'The membership cannot move to that status from its current one.',

  // Opportunities and bookings
  OPPORTUNITY_NOT_FOUND: 'No such opportunity, or not one the caller may see.',
  BOOKING_NOT_FOUND: 'No such booking, or not one the caller may see.',
  NO_EMPLOYER: 'The account is not linked to an employer.',
  EMPLOYER_REQUIRED: 'Name the employer (employerId).',
  NOT_YOUR_OPPORTUNITY: 'The opportunity belongs to another employer.',
  NOT_YOUR_INSTITUTION: 'The institution is not the caller’s own.',
  ENDS_BEFORE_STARTS: 'The end date is before the start date.',
  LENGTH_EXCEEDS_DATES: 'The length in days is longer than the days from start to end.',
  STARTS_IN_PAST: 'The opportunity starts in the past.',
  OPPORTUNITY_NOT_EDITABLE: 'The opportunity can no longer be changed in its status.',
  INVALID_OPPORTUNITY_STATUS: 'The opportunity cannot do that in its status.',
  OPPORTUNITY_DELIVERED: 'Attendance is recorded on the opportunity: it cannot be cancelled.',
  PLACES_BELOW_HELD: 'Total places cannot go below the places already held.',
  OPPORTUNITY_NOT_OPEN: 'The opportunity is not PUBLISHED: it takes no requests.',
  OPPORTUNITY_STARTED: 'The opportunity has started: it takes no more requests.',
  YEAR_GROUP_NOT_OFFERED: 'The opportunity is not for this year group.',
  FSM_PLACES_EXCEED_PLACES: 'The FSM places are more than the places asked for.',
  NO_PLACES_LEFT: 'Not enough places are left on the opportunity.',
  INVALID_BOOKING_STATUS: 'The booking cannot do that in its status.',
  ATTENDANCE_RECORDED: 'Attendance is recorded on the booking: it cannot be cancelled.',
  INVALID_ATTENDANCE: 'The attendance figures do not add up.',
  CHECKLIST_INCOMPLETE:
    'The booking’s checklist has open items: attendance waits until all are done.',
  CHECKLIST_ITEM_DONE: 'That checklist item is already done.',
  NOT_YOUR_CHECKLIST_ITEM: 'The checklist item is the other side’s to complete.',
  CONSENT_COUNT_MISMATCH:
    'Parental consent must be held for every pupil booked: the count must equal the places.',
  OPPORTUNITY_NOT_ENDED: 'Attendance can be recorded from the opportunity’s last day.',

  // Feedback after a delivered encounter
  ENCOUNTER_NOT_DELIVERED:
    'Feedback is given once the opportunity has ended and attendance is recorded, with at least one pupil attending.',
  FEEDBACK_ALREADY_GIVEN: 'That party’s feedback on the booking is already given.',
  NOT_YOUR_FEEDBACK: 'That feedback is another party’s to give.',
  PUPIL_COUNTS_EXCEED_ATTENDANCE: 'Pupils’ answers cannot count more pupils than attended.',

  // Safe placements: hub approval and employer compliance
  APPROVAL_REQUIRED:
    'The opportunity needs the hub’s approval: submit it with submitOpportunity instead.',
  NOT_AWAITING_APPROVAL: 'Only an opportunity PENDING_APPROVAL can be approved or rejected.',
  INSURANCE_MISSING: 'The employer has no employer’s liability insurance on record.',
  INSURANCE_EXPIRED: 'The employer’s liability insurance runs out before the opportunity ends.',
  RISK_ASSESSMENT_MISSING: 'The opportunity at the employer’s premises has no risk assessment.',
  RISK_ASSESSMENT_EXPIRED: 'The opportunity’s risk assessment is due for review before it ends.',
  RISK_ASSESSMENT_EVIDENCE: 'A risk assessment needs exactly one of a link or a PDF.',
  DOCUMENT_TOO_LARGE: 'The uploaded document is larger than the service accepts.',
  DOCUMENT_NOT_PDF: 'The uploaded document is not a PDF.',
  DOCUMENT_PURGED: 'The document was kept for its retention period and has been deleted.',
  COMPLIANCE_DOCUMENT_NOT_FOUND: 'No such compliance document, or not one the caller may see.',

  // Enterprise Advisers
  ADVISER_NOT_FOUND: 'No such adviser, or not one the caller may see.',
  ADVISER_EMAIL_TAKEN: 'An adviser of the hub already has this email.',
  ADVISER_ACCOUNT_TAKEN: 'The sign-in already belongs to an adviser.',
  ADVISER_ALREADY_REGISTERED: 'The caller is already registered as an adviser.',
  ADVISER_NOT_PENDING: 'Only a PENDING adviser can be approved.',
  ADVISER_STATUS_CHANGE: 'The adviser cannot move to that status this way.',
  ADVISER_FIELD_RESTRICTED: 'Only hub staff can set that field of an adviser.',
  ADVISER_ERASED: 'The adviser’s personal data was erased.',
  UNKNOWN_EMPLOYER: 'The employer named is not an employer of the hub.',
  NOT_AN_ADVISER_ACCOUNT: 'The user named is not an ADVISER user of the hub.',
  CAPACITY_BELOW_OPEN_MATCHES: 'Capacity cannot go below the adviser’s proposed or active matches.',

  // Matching
  MATCH_NOT_FOUND: 'No such match, or not one the caller may see.',
  AUTOMATCHPLAN_NOT_FOUND: 'No such auto-match plan, or not one the caller may see.',
  ADVISER_NOT_ACTIVE: 'The adviser is not ACTIVE.',
  INDUCTION_MISSING: 'The adviser has not completed induction.',
  INDUCTION_EXPIRED: 'The adviser’s induction has run out.',
  DBS_EXPIRED: 'The adviser has no DBS check within its validity.',
  ADVISER_AT_CAPACITY: 'The adviser already holds as many matches of that type as they can.',
  INSTITUTION_ALREADY_MATCHED: 'The institution already has a proposed or active 1-2-1 match.',
  OUTSIDE_ADVISER_LOCAL_AUTHORITIES:
    'The institution is outside the adviser’s local authorities: give an override reason.',
  OVERRIDE_NOT_NEEDED: 'An override reason is given for an institution the adviser reaches.',
  ILLEGAL_MATCH_TRANSITION: 'The match cannot do that in its status.',
  MEETINGS_ONE_TO_ONE_ONLY: 'Meetings are logged on 1-2-1 matches only.',
  MATCH_NOT_UNDER_WAY: 'Meetings are logged on ACTIVE or ENDED matches only.',
  MEETING_IN_FUTURE: 'A meeting is logged once it has happened: its date is still to come.',
  MEETING_OUTSIDE_MATCH: 'The meeting date is outside the match’s period (its start to its end).',
  UNKNOWN_BENCHMARK: 'A benchmark is not one of the eight Gatsby Benchmarks (1 to 8).',
  MEETING_ALREADY_LOGGED: 'A meeting is already logged for the match on that day.',
  PLAN_ALREADY_APPLIED: 'The auto-match plan has already been applied.',
  ACADEMIC_YEAR_ENDED: 'The academic year has ended: nothing proposed now can start in it.',

  // Reporting
  COMPASS_EVALUATION_EXISTS: 'The institution already has an evaluation on that date.',
  BENCHMARKS_INCOMPLETE: 'An evaluation gives each benchmark 1 to 8 exactly once.',
  EVALUATION_IN_FUTURE: 'The evaluation date is in the future.',
  COMPASS_CSV_INVALID: 'The Compass file has problems; `fields` names each line.',
  FSQ_CSV_INVALID: 'The FSQ file has problems; `fields` names each line.',
  ADVISERS_CSV_INVALID: 'The advisers file has problems; `fields` names each line.',
  MATCHES_CSV_INVALID: 'The match history file has problems; `fields` names each line.',
  INSTITUTION_STATUS_CSV_INVALID:
    'The institutions’ hub status file has problems; `fields` names each line.',
  EMPLOYERS_CSV_INVALID: 'The employers file has problems; `fields` names each line.',
  OPPORTUNITIES_CSV_INVALID: 'The opportunities file has problems; `fields` names each line.',
  BOOKINGS_CSV_INVALID: 'The bookings file has problems; `fields` names each line.',
  HUB_DATA_ARCHIVE_INVALID: 'The hub data archive has problems; `fields` names each file and line.',
  INVALID_NATIONAL_REFERENCE:
    'The national reference figures are not consistent; `fields` says how.',

  // Programmes
  PROGRAMME_NOT_FOUND: 'No such programme, or not one the caller may see.',
  PROGRAMME_PARTICIPANT_NOT_FOUND:
    'No such participant of a programme, or not one the caller may see.',
  PROGRAMME_SESSION_NOT_FOUND: 'No such programme session, or not one the caller may see.',
  PROGRAMME_HOST_NOT_IN_NETWORK:
    'A host employer named is not an employer of the hub with an ACTIVE membership of its network.',
  ALREADY_PARTICIPATING: 'The institution already takes part in the programme.',
  COHORT_INVALID: 'A cohort counts pupils by year group (7 to 13, each once), at least one pupil.',
  SEND_EXCEEDS_COHORT: 'More pupils with SEND than pupils in the cohort.',
  FSM_EXCEEDS_COHORT: 'More pupils eligible for free school meals than pupils in the cohort.',
  COHORT_BELOW_REACHED:
    'The cohort would hold fewer pupils in a year group than a recorded session reached.',
  REACH_INVALID:
    'Pupils reached are counted by year group (7 to 13, each once), at least one pupil.',
  REACH_EXCEEDS_COHORT:
    'A session reaches more pupils in a year group than the institution’s cohort.',
  SESSION_OUTSIDE_PROGRAMME: 'The session’s date is not within the programme’s start and end.',
  SESSION_IN_FUTURE: 'A session is recorded once delivered: its date is after today.',
  PROGRAMME_SESSIONS_OUTSIDE_DATES:
    'Recorded sessions would fall outside the programme’s new start and end.',
  PARTICIPANT_HAS_SESSIONS:
    'The institution has sessions recorded in the programme: remove them first.',

  // Notifications
  NOTIFICATION_NOT_FOUND: 'No such notification, or not one the caller may see.',
  NOTIFICATION_NOT_FAILED: 'Only a FAILED email can be sent again.',

  // Hub events
  HUB_EVENT_NOT_FOUND: 'No such hub event, or not one the caller may see.',
  HUB_EVENT_REGISTRATION_NOT_FOUND:
    'No such hub event registration, or not one the caller may see.',
  EVENT_ENDS_BEFORE_START: 'A hub event must end after it starts.',
  EVENT_CAPACITY_INVALID: 'A hub event takes at least 1 person.',
  EVENT_CAPACITY_BELOW_REGISTERED: 'The capacity cannot go below the places already registered.',
  EVENT_AUDIENCE_EMPTY: 'Say who a hub event is for: at least one audience.',
  EVENT_PLACE_MISSING: 'An event is in person (a venue) or online (a joining link), or both.',
  REGISTRATION_WINDOW_INVALID:
    'Registration must open before it closes, and close no later than the event starts.',
  LINK_NOT_HTTPS: 'A joining link or follow-up resource must be an https:// address.',
  UNKNOWN_HOST_EMPLOYER: 'A host employer named is not one of the hub’s network.',
  INVALID_EVENT_STATUS: 'The hub event’s status does not allow this.',
  REGISTRATION_NOT_OPEN: 'Registration for this hub event is not open now.',
  NOT_IN_EVENT_AUDIENCE: 'This hub event is not for people like the caller.',
  ALREADY_REGISTERED: 'This person (or this year group) is already registered for the event.',
  INVALID_REGISTRATION_STATUS: 'The registration’s status does not allow this.',
  EVENT_NOT_ENDED: 'Attendance and follow-up wait until the event has ended.',
  INVALID_EVENT_ATTENDANCE: 'Attendance cannot exceed the places registered.',
  NO_FOLLOW_UP_LINKS: 'The event has no follow-up resources to send.',
  FOLLOW_UP_ALREADY_SENT: 'The follow-up of this event has been sent already.',
  EVENT_REGISTRATIONS_LIMITED:
    'Too many public registrations for this event from this address: try again later.',
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;
