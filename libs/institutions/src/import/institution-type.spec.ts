import { decideInstitutionType, InstitutionType } from './institution-type';

describe('decideInstitutionType', () => {
  describe('with a GIAS establishment type', () => {
    it.each([
      ['Community special school', InstitutionType.SEND],
      ['Foundation special school', InstitutionType.SEND],
      ['Academy special converter', InstitutionType.SEND],
      ['Academy special sponsor led', InstitutionType.SEND],
      ['Free schools special', InstitutionType.SEND],
      ['Non-maintained special school', InstitutionType.SEND],
      ['Special post 16 institution', InstitutionType.SEND],
      ['Pupil referral unit', InstitutionType.AP],
      ['Academy alternative provision converter', InstitutionType.AP],
      ['Academy alternative provision sponsor led', InstitutionType.AP],
      ['Free schools alternative provision', InstitutionType.AP],
      ['Further education', InstitutionType.POST_16],
      ['Sixth form centres', InstitutionType.POST_16],
      ['Free schools 16 to 19', InstitutionType.POST_16],
      ['Academy 16-19 converter', InstitutionType.POST_16],
      ['Academy 16 to 19 sponsor led', InstitutionType.POST_16],
      ['Academy converter', InstitutionType.MAINSTREAM],
      ['Academy sponsor led', InstitutionType.MAINSTREAM],
      ['Community school', InstitutionType.MAINSTREAM],
      ['Voluntary aided school', InstitutionType.MAINSTREAM],
      ['Free schools', InstitutionType.MAINSTREAM],
    ])('%s → %s', (type, expected) => {
      expect(decideInstitutionType({ type, name: 'Any School' })).toEqual({
        type: expected,
        inferred: false,
      });
    });

    it.each([
      ['Special schools', InstitutionType.SEND],
      ['Colleges', InstitutionType.POST_16],
      ['Academies', InstitutionType.MAINSTREAM],
      ['Local authority maintained schools', InstitutionType.MAINSTREAM],
    ])('type group %s alone → %s', (typeGroup, expected) => {
      expect(decideInstitutionType({ typeGroup, name: 'Any School' })).toEqual({
        type: expected,
        inferred: false,
      });
    });

    it('ignores case and surrounding whitespace', () => {
      expect(decideInstitutionType({ type: '  COMMUNITY  SPECIAL school ', name: 'X' }).type).toBe(
        InstitutionType.SEND,
      );
      expect(decideInstitutionType({ typeGroup: ' colleges ', name: 'X' }).type).toBe(
        InstitutionType.POST_16,
      );
    });

    it('takes the type over the phase and the name', () => {
      expect(
        decideInstitutionType({ type: 'Academy converter', phase: '16 plus', name: 'X School' }),
      ).toEqual({ type: InstitutionType.MAINSTREAM, inferred: false });
      expect(
        decideInstitutionType({ type: 'Community school', phase: 'Primary', name: 'X PRU' }),
      ).toEqual({ type: InstitutionType.MAINSTREAM, inferred: false });
      expect(
        decideInstitutionType({ type: 'Academy special converter', name: 'Y AP Academy' }),
      ).toEqual({ type: InstitutionType.SEND, inferred: false });
      expect(
        decideInstitutionType({
          type: 'Community special school',
          phase: 'Secondary',
          name: 'Y',
        }),
      ).toEqual({ type: InstitutionType.SEND, inferred: false });
    });
  });

  it.each([
    ['Free schools', 'Harmonize Academy AP Free School'],
    ['Academy sponsor led', 'Wirral APA'],
    ['Academy converter', 'Hope Pupil Referral Academy'],
  ])('a generic %s type named %s is alternative provision', (type, name) => {
    expect(decideInstitutionType({ type, name })).toEqual({
      type: InstitutionType.AP,
      inferred: false,
    });
  });

  describe('without a type (inferred from the phase)', () => {
    it.each([
      ['16 plus', 'Riverside College Halton', InstitutionType.POST_16],
      ['Not applicable', 'Ashley High School', InstitutionType.SEND],
      ['Not applicable', 'Jigsaw Primary Pupil Referral Unit', InstitutionType.AP],
      ['Not applicable', 'North Wirral Alternative Provision', InstitutionType.AP],
      ['Not applicable', 'The Harbour PRU', InstitutionType.AP],
      ['Not applicable', 'Prudence House School', InstitutionType.SEND],
      ['Secondary', 'The Belvedere Academy', InstitutionType.MAINSTREAM],
      ['All-through', 'The Grange School', InstitutionType.MAINSTREAM],
      ['Primary', 'Some Pupil Referral Unit', InstitutionType.AP],
      ['Not applicable', 'Harmonize Academy AP Free School', InstitutionType.AP],
      ['Secondary', 'Kirkby Short Stay School', InstitutionType.AP],
      ['Not applicable', 'Happy Apple School', InstitutionType.SEND],
    ])('phase %s, name %s → %s', (phase, name, expected) => {
      expect(decideInstitutionType({ phase, name })).toEqual({ type: expected, inferred: true });
    });

    it('treats empty type strings as missing and matches the phase case-insensitively', () => {
      expect(
        decideInstitutionType({ type: ' ', typeGroup: '', phase: ' 16 PLUS ', name: 'X' }),
      ).toEqual({ type: InstitutionType.POST_16, inferred: true });
    });

    it('defaults to MAINSTREAM when there is no phase either', () => {
      expect(decideInstitutionType({ type: null, phase: null, name: 'X' })).toEqual({
        type: InstitutionType.MAINSTREAM,
        inferred: true,
      });
    });
  });
});
