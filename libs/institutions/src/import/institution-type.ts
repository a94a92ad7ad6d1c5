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

const AP_NAME = /pupil referral|alternative provision|\bPRU\b/i;

const normalise = (value?: string | null): string =>
  (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** GIAS establishment type / type group names → hub type; when the file has no type, infer from phase (+name). */
export function decideInstitutionType(input: {
  type?: string | null;
  typeGroup?: string | null;
  phase?: string | null;
  name: string;
}): TypeDecision {
  const type = normalise(input.type);
  const group = normalise(input.typeGroup);
  if (type || group) return { type: fromGiasType(type, group), inferred: false };
  return { type: fromPhase(normalise(input.phase), input.name), inferred: true };
}

function fromGiasType(type: string, group: string): InstitutionType {
  if (type.includes('special') || group === 'special schools') return InstitutionType.SEND;
  if (type.includes('pupil referral') || type.includes('alternative provision')) {
    return InstitutionType.AP;
  }
  if (POST_16_TYPES.has(type) || group === 'colleges') return InstitutionType.POST_16;
  return InstitutionType.MAINSTREAM;
}

function fromPhase(phase: string, name: string): InstitutionType {
  if (phase === '16 plus') return InstitutionType.POST_16;
  if (phase === 'not applicable') {
    return AP_NAME.test(name) ? InstitutionType.AP : InstitutionType.SEND;
  }
  return InstitutionType.MAINSTREAM;
}
