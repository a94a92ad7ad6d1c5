import { conflictOnUniqueViolation, DomainError } from '@chn/core';

/** Turns a race lost on one of the network's unique indexes into the CONFLICT the check would give. */
export const asEmployerNetworkConflict = conflictOnUniqueViolation({
  uq_employers_hub_company_number: () =>
    DomainError.conflict(
      'COMPANY_NUMBER_TAKEN',
      'This Companies House number is already in this hub',
    ),
  uq_sector_groups_hub_name: () =>
    DomainError.conflict('SECTOR_GROUP_NAME_TAKEN', 'A sector group with this name already exists'),
  uq_employer_memberships_open: () =>
    DomainError.conflict('MEMBERSHIP_ALREADY_OPEN', 'This employer already has an open membership'),
});
