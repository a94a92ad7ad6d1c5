import { QueryFailedError } from 'typeorm';
import { DomainError } from '@chn/core';

const CONFLICTS: Record<string, () => DomainError> = {
  uq_employers_hub_company_number: () =>
    DomainError.conflict(
      'COMPANY_NUMBER_TAKEN',
      'This Companies House number is already in this hub',
    ),
  uq_sector_groups_hub_name: () =>
    DomainError.conflict('SECTOR_GROUP_NAME_TAKEN', 'A sector group with this name already exists'),
  uq_employer_memberships_open: () =>
    DomainError.conflict('MEMBERSHIP_ALREADY_OPEN', 'This employer already has an open membership'),
};

/** Turns a race lost on one of the network's unique indexes into the CONFLICT the check would give. */
export function asEmployerNetworkConflict(error: unknown): unknown {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    const conflict = driverError.code === '23505' && CONFLICTS[driverError.constraint ?? ''];
    if (conflict) return conflict();
  }
  return error;
}
