import { Injectable } from '@nestjs/common';

const TTL_MS = 60_000;

/**
 * National figures change only when evaluations or the national reference data do, and computing
 * them across hubs costs a scan of every hub's latest evaluations: each API process keeps them
 * for a minute per academic year and forgets them at once when it writes either itself.
 */
@Injectable()
export class NationalFiguresCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { at: Date.now(), value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
