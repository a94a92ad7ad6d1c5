import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as text; the domain works with numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
