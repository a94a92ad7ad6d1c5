import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Data another context holds about an adviser (their matches, for instance). */
export interface AdviserDataSection {
  /** Key of the section in the export, e.g. `matches`. */
  name: string;
  /** Everything the context holds about the adviser, as plain JSON-able values. */
  export(manager: EntityManager, adviserId: string): Promise<unknown>;
  /** Blanks the context's personal data about the adviser, inside the erasure's transaction. */
  erase?(manager: EntityManager, adviserId: string): Promise<void>;
}

/**
 * Lets other contexts add their data to an adviser's export and erasure without this context
 * depending on them: they register a section when their module starts.
 */
@Injectable()
export class AdviserDataExtensions {
  private readonly registered: AdviserDataSection[] = [];

  addSection(section: AdviserDataSection): void {
    if (['adviser', 'account', 'auditTrail', 'exportedAt'].includes(section.name)) {
      throw new Error(`The adviser export already has a section named ${section.name}`);
    }
    this.registered.push(section);
  }

  get sections(): readonly AdviserDataSection[] {
    return this.registered;
  }
}
