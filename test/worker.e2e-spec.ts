import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue, JobSchedules, QueueName } from '@chn/queue';
import { TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';

describe('worker (e2e)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await TestApp.start();
    // A repeating job an earlier release declared, left in Redis.
    await t
      .get(JobQueue)
      .queue(QueueName.MAINTENANCE)
      .upsertJobScheduler(
        'matching.daily-scan',
        { pattern: '5 6 * * *' },
        { name: 'matching.daily-scan', data: {} },
      );
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
  });

  it('registers the repeating jobs their handlers declare, and only those', async () => {
    const schedulers = await worker.get(JobQueue).queue(QueueName.MAINTENANCE).getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.name).sort()).toEqual([
      'data-protection.retention-purge',
      'identity.purge-login-attempts',
      'notifications.reminder-scan',
      'notifications.sweep-pending',
      'opportunities.close-ended',
    ]);
    expect(schedulers.find((s) => s.key === 'notifications.sweep-pending')?.every).toBe(300_000);
  });

  it('registers again, at its periodic check, the repeating jobs Redis lost', async () => {
    const maintenance = worker.get(JobQueue).queue(QueueName.MAINTENANCE);
    await maintenance.removeJobScheduler('notifications.sweep-pending');
    await maintenance.removeJobScheduler('notifications.reminder-scan');
    const schedules = worker.get(JobSchedules);
    expect((await schedules.restore()).sort()).toEqual([
      'notifications.reminder-scan',
      'notifications.sweep-pending',
    ]);
    expect(await schedules.restore()).toEqual([]);
    expect(await maintenance.getJobScheduler('notifications.sweep-pending')).toMatchObject({
      every: 300_000,
    });
  });

  it('runs a queued job to completion against the real database', async () => {
    const db = t.get(DataSource);
    await db.query(
      `INSERT INTO login_attempts (key, failures, last_failure_at) VALUES
         ('account:old@example.test', 3, now() - interval '3 days'),
         ('account:recent@example.test', 1, now())`,
    );
    const jobs = t.get(JobQueue);
    await jobs.enqueue(
      'identity.purge-login-attempts',
      { olderThanHours: 24 },
      { jobId: 'purge-test-1' },
    );
    const job = await jobs.queue(QueueName.MAINTENANCE).getJob('purge-test-1');
    await waitUntil(() => job!.isCompleted(), 'the purge job completed');
    const done = await jobs.queue(QueueName.MAINTENANCE).getJob('purge-test-1');
    expect(done?.returnvalue).toEqual({ purged: 1 });
    const keys = (await db.query('SELECT key FROM login_attempts ORDER BY key')).map(
      (r: { key: string }) => r.key,
    );
    expect(keys).toEqual(['account:recent@example.test']);
  });

  it('enqueues a job id once, however often it is asked', async () => {
    const jobs = t.get(JobQueue);
    await jobs.enqueue(
      'identity.purge-login-attempts',
      { olderThanHours: 1 },
      { jobId: 'purge-twice', delay: 60_000 },
    );
    await jobs.enqueue(
      'identity.purge-login-attempts',
      { olderThanHours: 1 },
      { jobId: 'purge-twice', delay: 60_000 },
    );
    const delayed = await jobs.queue(QueueName.MAINTENANCE).getDelayed();
    expect(delayed.filter((job) => job.id === 'purge-twice')).toHaveLength(1);
  });
});
