import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '@chn/core';
import { NationalFiguresCache } from '../national/national-figures.cache';

/** Sent by the triggers of migration 1795396640000 on every committed write the figures read. */
const CHANNEL = 'hub_figures_changed';
const EVERY_HUB = '*';
/** Years and options are few; this only bounds what an odd client could make a process keep. */
const MAX_ENTRIES = 5_000;

/**
 * A hub's report figures (the dashboard and its parts), kept per (hub, key) until a write that can
 * change them commits, in any process: PostgreSQL triggers notify `hub_figures_changed` with the
 * hub's id, or `*` for writes that change every hub's figures (Compass results feed the national
 * figures). Each process listens on a connection of its own.
 *
 * Before it answers from what it keeps, a read sends `SELECT 1` on that connection: PostgreSQL
 * signals listeners before it acknowledges the writer's commit and delivers pending notifications
 * ahead of any later reply on the same connection, so a write whose commit a client has seen is
 * always seen by its next read, through any process. Without the connection nothing is kept.
 */
@Injectable()
export class HubFiguresCache implements OnApplicationShutdown {
  private readonly logger = new Logger(HubFiguresCache.name);
  private readonly byHub = new Map<string, Map<string, Promise<unknown>>>();
  private entries = 0;
  private listener: Client | null = null;
  private connecting: Promise<Client | null> | null = null;
  private stopped = false;
  private inFlight: Promise<unknown> | null = null;
  private queued: Promise<unknown> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly national: NationalFiguresCache,
  ) {}

  async get<T>(hubId: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (!(await this.upToDate())) return compute();
    let kept = this.byHub.get(hubId);
    const hit = kept?.get(key);
    if (hit) return hit as Promise<T>;
    if (this.entries >= MAX_ENTRIES) this.dropAll();
    if (!kept) this.byHub.set(hubId, (kept = new Map()));
    // Kept while it runs, so concurrent reads share one computation. A drop meanwhile removes it:
    // later reads compute again, after the write.
    const value = compute();
    kept.set(key, value);
    this.entries += 1;
    value.catch(() => {
      if (this.byHub.get(hubId)?.get(key) !== value) return;
      this.byHub.get(hubId)!.delete(key);
      this.entries -= 1;
    });
    return value;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const listener = this.listener ?? (await this.connecting);
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** True once every notification committed before this call has been applied. */
  private async upToDate(): Promise<boolean> {
    const listener = this.listener ?? (await (this.connecting ??= this.listen()));
    if (!listener) return false;
    try {
      await this.roundTrip(listener);
      return this.listener === listener;
    } catch {
      return false;
    }
  }

  /**
   * A `SELECT 1` sent after this call. Reads arriving while one is under way share the next, so
   * concurrent reads cost two round trips at most, not one each.
   */
  private roundTrip(listener: Client): Promise<unknown> {
    if (!this.inFlight) {
      this.inFlight = listener.query('SELECT 1').finally(() => (this.inFlight = null));
      return this.inFlight;
    }
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.roundTrip(listener);
      });
    return this.queued;
  }

  private async listen(): Promise<Client | null> {
    if (this.stopped) return null;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'careers-hub-network figures',
    });
    try {
      await client.connect();
      client.on('notification', (message) => this.drop(message.payload ?? EVERY_HUB));
      client.on('error', (err) => this.lost(client, err));
      client.on('end', () => this.lost(client));
      await client.query(`LISTEN ${CHANNEL}`);
      this.dropAll();
      this.listener = client;
      return client;
    } catch (err) {
      this.logger.warn({ err }, 'Cannot listen for figure changes: figures are not kept');
      await client.end().catch(() => undefined);
      return null;
    } finally {
      this.connecting = null;
    }
  }

  /** Notifications may have been missed: forget everything and listen again on the next read. */
  private lost(client: Client, err?: Error): void {
    if (this.listener !== client) return;
    if (err) this.logger.warn({ err }, 'Lost the figure-change connection');
    this.listener = null;
    this.dropAll();
    void client.end().catch(() => undefined);
  }

  private drop(hubId: string): void {
    if (hubId === EVERY_HUB) {
      this.dropAll();
      this.national.clear();
      return;
    }
    this.entries -= this.byHub.get(hubId)?.size ?? 0;
    this.byHub.delete(hubId);
  }

  private dropAll(): void {
    this.byHub.clear();
    this.entries = 0;
  }
}
