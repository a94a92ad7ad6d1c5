import { registerDecorator, ValidationOptions } from 'class-validator';

/** Today's date (YYYY-MM-DD) in the UK, where the hubs are. */
export function todayInUk(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** A YYYY-MM-DD date no later than today in the UK. */
export function IsNotInFuture(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotInFuture',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} cannot be in the future`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value <= todayInUk(),
      },
    });
}
