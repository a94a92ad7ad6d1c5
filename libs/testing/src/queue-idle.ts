import { Queue } from 'bullmq';

/**
 * Whether every job queued on `queue` has run: none waiting, delayed, running or waiting for
 * children. A killed worker's jobs stay active until BullMQ finds them stalled (half a minute):
 * pass their ids as `heldByTheDead` to leave them aside.
 */
export async function queueIdle(
  queue: Queue,
  heldByTheDead: ReadonlySet<string> = new Set(),
): Promise<boolean> {
  const counts = await queue.getJobCounts(
    'waiting',
    'delayed',
    'prioritized',
    'waiting-children',
    'active',
  );
  const { active, ...queued } = counts;
  if (Object.values(queued).some((n) => n > 0)) return false;
  if (active === 0) return true;
  if (heldByTheDead.size === 0) return false;
  return (await queue.getActive()).every((job) => heldByTheDead.has(job.id!));
}
