import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Mentions } from '@chn/core';

/** The adviser an export or an erasure is about, with every name and address held for them. */
export interface AdviserDataSubject {
  adviserId: string;
  hubId: string;
  /** Their sign-in, when they have one (read before erasure unlinks and deletes it). */
  userId: string | null;
  /** Their names now and before, on the adviser record and on their account. */
  names: string[];
  /** Their addresses now and before, lower-case. */
  emails: string[];
}

/** What an erasure hands each section: the subject, and how to find them in free text. */
export interface ErasedAdviser extends AdviserDataSubject {
  /** Null when nothing names them (no name or address long enough to look for). */
  mentions: Mentions | null;
}

/** Data another context holds about an adviser (their matches, for instance). */
export interface AdviserDataSection {
  /** Key of the section in the export, e.g. `matches`. */
  name: string;
  /** Everything the context holds about the adviser, as plain JSON-able values. */
  export(manager: EntityManager, subject: AdviserDataSubject): Promise<unknown>;
  /** Removes or blanks the context's personal data about the adviser, inside the erasure's transaction. */
  erase?(manager: EntityManager, adviser: ErasedAdviser): Promise<void>;
}

/**
 * Lets other contexts add their data to an adviser's export and erasure without this context
 * depending on them: they register a section when their module starts.
 */
@Injectable()
export class AdviserDataExtensions {
  private readonly registered: AdviserDataSection[] = [];

  addSection(section: AdviserDataSection): void {
    const taken = [
      'adviser',
      'account',
      'auditTrail',
      'exportedAt',
      ...this.registered.map((s) => s.name),
    ];
    if (taken.includes(section.name)) {
      throw new Error(`The adviser export already has a section named ${section.name}`);
    }
    this.registered.push(section);
  }

  get sections(): readonly AdviserDataSection[] {
    return this.registered;
  }
}
