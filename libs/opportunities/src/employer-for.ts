import { Actor, canReadHub, DomainError, Role } from '@chn/core';
import { canActForEmployer, EmployerEntity, EmployersService } from '@chn/employers';

/**
 * The employer the actor acts for: an employer contact's own (or the one it names, if its own),
 * or the one hub staff name. NOT_FOUND outside the actor's hub, FORBIDDEN for another's.
 */
export async function employerActedFor(
  employers: EmployersService,
  actor: Actor,
  employerId: string | null | undefined,
): Promise<EmployerEntity> {
  const id = actor.role === Role.EMPLOYER ? (employerId ?? actor.employerId) : employerId;
  if (!id) {
    if (actor.role === Role.EMPLOYER) {
      throw DomainError.forbidden('Your account is not linked to an employer', 'NO_EMPLOYER');
    }
    throw DomainError.validation('EMPLOYER_REQUIRED', 'Name the employer (employerId)', [
      { field: 'employerId', messages: ['employerId is required'] },
    ]);
  }
  const [employer] = await employers.findByIds([id]);
  if (!employer || !canReadHub(actor, employer.hubId)) throw DomainError.notFound('employer', id);
  if (!canActForEmployer(actor, employer)) {
    throw DomainError.forbidden('You can only act for your own employer', 'NOT_YOUR_EMPLOYER');
  }
  return employer;
}
