import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The matches an adviser holds open (PROPOSED or ACTIVE), by kind. */
export interface OpenMatchCounts {
  oneToOne: number;
  agile: number;
}

export type OpenMatchCounter = (
  manager: EntityManager,
  adviserId: string,
) => Promise<OpenMatchCounts>;

/**
 * How many matches an adviser holds, told by the matching context when its module starts, so
 * this context can keep capacity above them without depending on matching.
 */
@Injectable()
export class AdviserCommitments {
  private counter: OpenMatchCounter | null = null;

  setOpenMatchCounter(counter: OpenMatchCounter): void {
    if (this.counter) throw new Error('An open-match counter is already set');
    this.counter = counter;
  }

  /** Inside the caller's transaction, with the adviser row locked. */
  openMatches(manager: EntityManager, adviserId: string): Promise<OpenMatchCounts> {
    if (!this.counter) {
      throw new Error('No open-match counter: import MatchingModule to change adviser capacity');
    }
    return this.counter(manager, adviserId);
  }
}
