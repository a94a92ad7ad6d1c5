import { conflictOnUniqueViolation, DomainError } from '@chn/core';

export const institutionAlreadyMatched = () =>
  DomainError.conflict(
    'INSTITUTION_ALREADY_MATCHED',
    'The institution already has a proposed or active 1-2-1 match',
  );

/** Turns a race lost on uq_matches_active_one_to_one into the CONFLICT the check would give. */
export const asMatchConflict = conflictOnUniqueViolation({
  uq_matches_active_one_to_one: institutionAlreadyMatched,
});
