import { ValidateBy, ValidationOptions } from 'class-validator';

/** A string holding at least one character that is not white space. */
export function isNotBlank(value: unknown): boolean {
  return typeof value === 'string' && /\S/.test(value);
}

/**
 * Refuses empty and whitespace-only text (`"   "`), which `@IsNotEmpty()` lets through: for
 * titles, names and other text that must say something. With `each: true`, every item.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: isNotBlank,
        defaultMessage: () =>
          options?.each ? '$property must not hold blank items' : '$property must not be blank',
      },
    },
    options,
  );
}
