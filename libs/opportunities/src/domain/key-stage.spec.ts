import { KeyStage, keyStagesOf } from './key-stage';

describe('keyStagesOf', () => {
  it('maps years 7-9, 10-11 and 12-13 to KS3, KS4 and KS5', () => {
    expect(keyStagesOf([7])).toEqual([KeyStage.KS3]);
    expect(keyStagesOf([9, 10])).toEqual([KeyStage.KS3, KeyStage.KS4]);
    expect(keyStagesOf([13, 11])).toEqual([KeyStage.KS4, KeyStage.KS5]);
    expect(keyStagesOf([])).toEqual([]);
  });
});
