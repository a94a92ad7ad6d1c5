import { EntityManager } from 'typeorm';

/** How to find an erased person in free text, and what to write instead. */
export interface Mentions {
  /** A PostgreSQL regular expression (case-insensitive) matching any of their names or addresses. */
  pattern: string;
  replacement: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const escapeRegex = (value: string) => value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/**
 * Mentions of any of the values as whole words, written plainly, inside HTML or inside JSON
 * text; null when there is nothing to look for. Values shorter than two characters are left out.
 */
export function mentionsOf(values: readonly string[], replacement: string): Mentions | null {
  const variants = new Set<string>();
  for (const value of values.map((v) => v.trim()).filter((v) => v.length >= 2)) {
    variants.add(value);
    variants.add(escapeHtml(value));
    variants.add(JSON.stringify(value).slice(1, -1));
  }
  if (variants.size === 0) return null;
  const alternatives = [...variants].sort((a, b) => b.length - a.length).map(escapeRegex);
  return {
    pattern: `(?<![[:alnum:]_])(${alternatives.join('|')})(?![[:alnum:]_])`,
    replacement,
  };
}

export interface RedactionTarget {
  table: string;
  /** Text columns to rewrite. */
  text?: readonly string[];
  /** jsonb columns, rewritten through their text (still valid JSON: the replacement needs no escaping). */
  json?: readonly string[];
  /** Which rows, as SQL over the table; its parameters are $3, $4, ... */
  where: string;
  params?: readonly unknown[];
}

/** Replaces every mention in the target's columns, inside the caller's transaction. */
export async function redactMentions(
  manager: EntityManager,
  mentions: Mentions,
  target: RedactionTarget,
): Promise<void> {
  const columns = [
    ...(target.text ?? []).map((column) => ({ column, value: column, cast: '' })),
    ...(target.json ?? []).map((column) => ({ column, value: `${column}::text`, cast: '::jsonb' })),
  ];
  if (columns.length === 0) return;
  const set = columns
    .map((c) => `${c.column} = regexp_replace(${c.value}, $1, $2, 'gi')${c.cast}`)
    .join(', ');
  const mentioned = columns.map((c) => `${c.value} ~* $1`).join(' OR ');
  await manager.query(
    `UPDATE ${target.table} SET ${set} WHERE (${target.where}) AND (${mentioned})`,
    [mentions.pattern, mentions.replacement, ...(target.params ?? [])],
  );
}
