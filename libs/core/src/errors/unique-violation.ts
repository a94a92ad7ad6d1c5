import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

/**
 * Builds a mapper that turns a race lost on one of the named unique indexes into the CONFLICT
 * the code's own check would have given; any other error passes through unchanged.
 */
export function conflictOnUniqueViolation(
  conflicts: Record<string, () => DomainError>,
): (error: unknown) => unknown {
  return (error) => {
    if (error instanceof QueryFailedError) {
      const driverError = error.driverError as { code?: string; constraint?: string };
      const conflict = driverError.code === '23505' && conflicts[driverError.constraint ?? ''];
      if (conflict) return conflict();
    }
    return error;
  };
}
