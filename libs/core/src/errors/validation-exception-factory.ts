import { ValidationError } from 'class-validator';
import { DomainError, FieldError } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Turns class-validator failures into one BAD_USER_INPUT error listing every failing field. */
export function validationExceptionFactory(errors: ValidationError[]): DomainError {
  const fields = flatten(errors);
  const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
  return DomainError.validation('INVALID_INPUT', `Invalid input: ${summary}`, fields);
}
