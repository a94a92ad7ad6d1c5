import { FieldError } from '../errors/domain-error';

/**
 * Text PostgreSQL cannot store: a NUL character (refused in every text value and parameter) or a
 * UTF-16 surrogate without its pair (it has no UTF-8 encoding). JavaScript strings and JSON allow
 * both, so every string from outside is checked before it reaches a query.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /\r\n|\r|\n/g;

/** What in `text` cannot be stored and where, or null when all of it can. */
export function findUnstorable(text: string): { index: number; what: string } | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const what = code === '0000' ? 'a NUL character (U+0000)' : `a lone surrogate (U+${code})`;
  return { index: match.index, what };
}

/** Why `text` cannot be stored, naming the line when it has several (a CSV file), or null. */
export function unstorableTextProblem(text: string): string | null {
  const found = findUnstorable(text);
  if (!found) return null;
  const lines = text.match(LINE_BREAK) ? ` on line ${lineAt(text, found.index)}` : '';
  return `holds ${found.what}${lines}, which cannot be stored`;
}

/** Every string inside an argument's value that cannot be stored, by its path (`input.title`). */
export function unstorableFields(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem ? [{ field: path, messages: [problem] }] : [];
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    unstorableFields(inner, path ? `${path}.${key}` : key),
  );
}

/**
 * Why a CSV record cannot be stored: its first such cell, named by its header when known, or null.
 * The one check every CSV reader applies to every record; the reader names the line.
 */
export function unstorableCsvCell(
  cells: readonly string[],
  header?: readonly string[],
): string | null {
  for (const [index, cell] of cells.entries()) {
    const found = findUnstorable(cell);
    if (!found) continue;
    const name = header?.[index]?.trim();
    const column = name && !findUnstorable(name) ? `"${name}"` : String(index + 1);
    return `column ${column} holds ${found.what}, which cannot be stored`;
  }
  return null;
}

function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(LINE_BREAK)?.length ?? 0) + 1;
}
