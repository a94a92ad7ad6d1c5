import { QueryFailedError } from 'typeorm';
import { DomainError } from '@chn/core';

export const institutionAlreadyMatched = () =>
  DomainError.conflict(
    'INSTITUTION_ALREADY_MATCHED',
    'The institution already has a proposed or active 1-2-1 match',
  );

/** Turns a race lost on uq_matches_active_one_to_one into the CONFLICT the check would give. */
export function asMatchConflict(error: unknown): unknown {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    if (driverError.code === '23505' && driverError.constraint === 'uq_matches_active_one_to_one') {
      return institutionAlreadyMatched();
    }
  }
  return error;
}
