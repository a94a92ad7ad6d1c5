import { conflictOnUniqueViolation, DomainError } from '@chn/core';

/** Turns a race lost on one of the advisers' unique indexes into the CONFLICT the check would give. */
export const asAdviserConflict = conflictOnUniqueViolation({
  uq_advisers_hub_email: () =>
    DomainError.conflict('ADVISER_EMAIL_TAKEN', 'An adviser of this hub already has this email'),
  uq_advisers_user_id: () =>
    DomainError.conflict('ADVISER_ACCOUNT_TAKEN', 'This sign-in already belongs to an adviser'),
});
