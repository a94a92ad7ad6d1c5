import { DataSource, EntityManager } from 'typeorm';

class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run rolled back');
  }
}

/**
 * Runs `work` in one transaction and, in a dry run, rolls it back after it answers: the answer
 * (created, updated, unchanged…) is exactly what the real import reports, yet nothing is kept.
 */
export async function transactionUnlessDryRun<T>(
  db: DataSource,
  dryRun: boolean,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(async (manager) => {
      const result = await work(manager);
      if (dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result as T;
    throw error;
  }
}
