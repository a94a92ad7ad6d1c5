export enum InstitutionType {
  MAINSTREAM = 'MAINSTREAM',
  SEND = 'SEND',
  AP = 'AP',
  POST_16 = 'POST_16',
}

export interface TypeDecision {
  type: InstitutionType;
  inferred: boolean;
}

const POST_16_TYPES = new Set([
  'further education',
  'sixth form centres',
  'free schools 16 to 19',
  'academy 16-19 converter',
  'academy 16 to 19 sponsor led',
]);

const AP_NAME = /pupil referral|alternative provision|short stay school|\bPRU\b/i;
/** "AP" and "APA" as names abbreviate them ("Harmonize Academy AP Free School"); upper case only. */
const AP_ABBREVIATION = /\bAPA?\b/;

/** The name says the institution is alternative provision. */
export function namedAsAp(name: string): boolean {
  return AP_NAME.test(name) || AP_ABBREVIATION.test(name);
}

/** GIAS types that say only "academy" or "free school": the name may tell AP apart. */
const GENERIC_TYPE = /^(academy|free schools?)\b/;

const normalise = (value?: string | null): string =>
  (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * GIAS establishment type / type group names → hub type: AP from pupil referral unit and
 * alternative-provision types, or an academy or free school named as AP; SEND from special-school
 * types. When the file has no type, inferred from the name (AP) and the phase.
 */
export function decideInstitutionType(input: {
  type?: string | null;
  typeGroup?: string | null;
  phase?: string | null;
  name: string;
}): TypeDecision {
  const type = normalise(input.type);
  const group = normalise(input.typeGroup);
  if (type || group) return { type: fromGiasType(type, group, input.name), inferred: false };
  return { type: fromPhase(normalise(input.phase), input.name), inferred: true };
}

function fromGiasType(type: string, group: string, name: string): InstitutionType {
  if (type.includes('special') || group === 'special schools') return InstitutionType.SEND;
  if (type.includes('pupil referral') || type.includes('alternative provision')) {
    return InstitutionType.AP;
  }
  if (GENERIC_TYPE.test(type) && namedAsAp(name)) return InstitutionType.AP;
  if (POST_16_TYPES.has(type) || group === 'colleges') return InstitutionType.POST_16;
  return InstitutionType.MAINSTREAM;
}

function fromPhase(phase: string, name: string): InstitutionType {
  if (namedAsAp(name)) return InstitutionType.AP;
  if (phase === '16 plus') return InstitutionType.POST_16;
  if (phase === 'not applicable') return InstitutionType.SEND;
  return InstitutionType.MAINSTREAM;
}
