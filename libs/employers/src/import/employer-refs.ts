import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CsvProblem, CsvRefusedError } from '@chn/core';

/** The employer a row names: one the hub holds, one to add under this name, or none. */
export type EmployerRef = { id: string } | { create: string } | null;

/**
 * Each row's employer, given by id or by name as the hub holds it (case-insensitive). A name the
 * hub does not hold is to be created when `createUnknown`, else the row is refused; a name held
 * twice must be given by id. Refuses with every problem, each with its line.
 */
export async function resolveEmployerRefs(
  manager: EntityManager,
  hubId: string,
  rows: readonly { line: number; employer?: string | null }[],
  options: { createUnknown: boolean },
): Promise<Map<number, EmployerRef>> {
  const held: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM employers WHERE hub_id = $1',
    [hubId],
  );
  const byId = new Set(held.map((e) => e.id));
  const byName = new Map<string, string[]>();
  for (const e of held) {
    const key = employerNameKey(e.name);
    byName.set(key, [...(byName.get(key) ?? []), e.id]);
  }
  const problems: CsvProblem[] = [];
  const refs = new Map<number, EmployerRef>();
  for (const { line, employer: named } of rows) {
    if (!named) {
      refs.set(line, null);
      continue;
    }
    const ids = isUUID(named)
      ? byId.has(named)
        ? [named]
        : []
      : byName.get(employerNameKey(named));
    if (ids?.length === 1) refs.set(line, { id: ids[0] });
    else if (ids && ids.length > 1) {
      problems.push({
        line,
        message: `the hub holds ${ids.length} employers named "${named}": give the employer's id`,
      });
    } else if (options.createUnknown && !isUUID(named)) refs.set(line, { create: named });
    else problems.push({ line, message: `no employer "${named}" in the hub` });
  }
  if (problems.length > 0) throw new CsvRefusedError(problems);
  return refs;
}

/** How employers' names are compared: trimmed, case-insensitive. */
export function employerNameKey(name: string): string {
  return name.trim().toLowerCase();
}
