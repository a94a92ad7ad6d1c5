import { createHash } from 'node:crypto';

/** The job id of a relayed batch: the same events always make the same id, whatever their order. */
export function batchJobId(eventIds: string[]): string {
  const digest = createHash('sha256')
    .update([...eventIds].sort().join(','))
    .digest('hex');
  return `events-${digest.slice(0, 32)}`;
}
