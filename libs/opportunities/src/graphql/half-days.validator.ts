import { ValidateBy, ValidationOptions } from 'class-validator';

/** A whole number of half days: 0.5, 1, 1.5, ... */
export function IsHalfDays(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHalfDays',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number.isInteger(value * 2),
        defaultMessage: () => '$property must be a whole number of half days (e.g. 0.5, 1, 1.5)',
      },
    },
    options,
  );
}
