import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AppConfig } from '@chn/core';
import { JOB_HANDLER_KEY, JOB_SCHEDULE_KEY, JobSchedule } from './job-handler.decorator';
import { JOB_QUEUE, JobName, JobPayloads } from './queues';

export type Handler<N extends JobName = JobName> = (
  payload: JobPayloads[N],
  jobId: string,
) => Promise<unknown>;

/** A repeating job, as its handler declares it. */
export interface ScheduledJob {
  name: JobName;
  schedule: JobSchedule;
}

/**
 * Finds every @JobHandler method among the providers and checks that each job name has
 * exactly one, so a job can never sit in a queue with nobody to run it; collects the schedules
 * the handlers of repeating jobs declare.
 */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<JobName, Handler>();
  private readonly schedules = new Map<JobName, (config: AppConfig) => JobSchedule>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  discover(): Map<JobName, Handler> {
    const found = new Map<JobName, Handler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_KEY, fn);
        if (name) {
          found.set(name, [...(found.get(name) ?? []), (fn as Handler).bind(instance)]);
          const schedule = this.reflector.get<((config: AppConfig) => JobSchedule) | undefined>(
            JOB_SCHEDULE_KEY,
            fn,
          );
          if (schedule) this.schedules.set(name, schedule);
        }
      }
    }
    const problems: string[] = [];
    for (const name of Object.keys(JOB_QUEUE) as JobName[]) {
      const list = found.get(name) ?? [];
      if (list.length !== 1) problems.push(`${name} has ${list.length} handlers`);
      else this.handlers.set(name, list[0]);
    }
    if (problems.length > 0) {
      throw new Error(`Every job needs exactly one handler: ${problems.join('; ')}`);
    }
    return this.handlers;
  }

  /** The repeating jobs among those `discover` found, with their schedules under `config`. */
  scheduled(config: AppConfig): ScheduledJob[] {
    return [...this.schedules].map(([name, schedule]) => ({ name, schedule: schedule(config) }));
  }
}
