import { JOB_QUEUE, QueueName } from './queues';

describe('queues', () => {
  it('registers no queue without a job to run on it', () => {
    const used = new Set(Object.values(JOB_QUEUE));
    expect(Object.values(QueueName).filter((queue) => !used.has(queue))).toEqual([]);
  });
});
