import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { isIP } from 'node:net';

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY as Express's `trust proxy` takes it: `false`/`true`, a number of hops, or the list of
 * trusted addresses, subnets (CIDR) and named ranges.
 */
export function trustProxySetting(value: string): number | boolean | string[] {
  const text = value.trim().toLowerCase();
  if (text === 'false' || text === '') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((entry) => entry.trim());
}

/** Whether each entry of a list is a named range, an IP address or a subnet of one. */
function isTrustedEntry(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

@ValidatorConstraint({ name: 'isTrustProxySetting' })
export class IsTrustProxySetting implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value === 'boolean') return true;
    if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
    return Array.isArray(value) && value.length > 0 && value.every(isTrustedEntry);
  }

  defaultMessage(): string {
    return 'TRUST_PROXY must be true, false, a number of hops, or a comma-separated list of addresses, subnets, loopback, linklocal or uniquelocal';
  }
}
