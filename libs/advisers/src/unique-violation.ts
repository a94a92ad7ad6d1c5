import { QueryFailedError } from 'typeorm';
import { DomainError } from '@chn/core';

const CONFLICTS: Record<string, () => DomainError> = {
  uq_advisers_hub_email: () =>
    DomainError.conflict('ADVISER_EMAIL_TAKEN', 'An adviser of this hub already has this email'),
  uq_advisers_user_id: () =>
    DomainError.conflict('ADVISER_ACCOUNT_TAKEN', 'This sign-in already belongs to an adviser'),
};

/** Turns a race lost on one of the advisers' unique indexes into the CONFLICT the check would give. */
export function asAdviserConflict(error: unknown): unknown {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    const conflict = driverError.code === '23505' && CONFLICTS[driverError.constraint ?? ''];
    if (conflict) return conflict();
  }
  return error;
}
