import { AdviserEntity } from '@chn/advisers';
import { DomainError } from '@chn/core';
import { InstitutionEntity } from '@chn/institutions';

/** Whether the adviser reaches the institution's local authority; an unknown one is reached by nobody. */
export function reachesLocalAuthority(
  localAuthorityCodes: readonly string[],
  laCode: string | null,
): boolean {
  return laCode !== null && localAuthorityCodes.includes(laCode);
}

/**
 * The override reason a proposal keeps: none within the adviser's local authorities; outside
 * them (or where the institution's is unknown) hub staff must say why, or it is refused.
 */
export function overrideReasonFor(
  adviser: Pick<AdviserEntity, 'localAuthorityCodes'>,
  institution: Pick<InstitutionEntity, 'laCode' | 'laName'>,
  overrideReason: string | null | undefined,
): string | null {
  const reason = overrideReason?.trim() || null;
  if (reachesLocalAuthority(adviser.localAuthorityCodes, institution.laCode)) {
    if (reason) {
      throw DomainError.validation(
        'OVERRIDE_NOT_NEEDED',
        'The adviser reaches this institution’s local authority: leave the override reason out',
        [
          {
            field: 'overrideReason',
            messages: ['only for an institution outside the adviser’s local authorities'],
          },
        ],
      );
    }
    return null;
  }
  if (!reason) {
    const where = institution.laCode
      ? `is in ${institution.laName ?? 'local authority'} (${institution.laCode})`
      : 'has no known local authority';
    const reach = adviser.localAuthorityCodes.join(', ') || 'none';
    throw DomainError.conflict(
      'OUTSIDE_ADVISER_LOCAL_AUTHORITIES',
      `The institution ${where}, outside the adviser’s local authorities (${reach}): give an override reason to propose anyway`,
    );
  }
  return reason;
}
