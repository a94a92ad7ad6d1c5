/** Dates already read: a history file repeats the same few hundred dates thousands of times. */
const readDates = new Map<string, string | null>();

/** A date as YYYY-MM-DD or as Excel writes it in the UK (DD/MM/YYYY), in ISO form; null when not a date. */
export function csvDate(value: string): string | null {
  let date = readDates.get(value);
  if (date === undefined) {
    if (readDates.size >= 10_000) readDates.clear();
    date = readDate(value);
    readDates.set(value, date);
  }
  return date;
}

function readDate(value: string): string | null {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Yes/no as a spreadsheet holds it (yes, y, true, 1 / no, n, false, 0); null when neither. */
export function csvBoolean(value: string): boolean | null {
  const token = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(token)) return true;
  if (['no', 'n', 'false', '0'].includes(token)) return false;
  return null;
}

/** A list in one cell, separated by semicolons or line breaks; blanks dropped, duplicates kept once. */
export function csvList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[;\r\n]+/)
        .map((item) => item.trim().replace(/\s+/g, ' '))
        .filter((item) => item !== ''),
    ),
  ];
}

/** An enum value written as a label ("Partially achieved", "one-to-one") or as its token. */
export function csvToken(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/['’]/g, '')
    .replace(/\(.*\)/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
}

/**
 * The date in a row's cell (null when blank), noting a problem when it is not a date or, with
 * `notAfter`, when it is after that day.
 */
export function csvDateCell(
  column: string,
  raw: string,
  problems: string[],
  notAfter?: string,
): string | null {
  if (raw === '') return null;
  const date = csvDate(raw);
  if (!date) problems.push(`${column} "${raw}" is not a date (DD/MM/YYYY or YYYY-MM-DD)`);
  else if (notAfter && date > notAfter) problems.push(`${column} ${date} is in the future`);
  return date;
}

/** The enum value in a row's cell, written as a label or token; a problem when it is not one. */
export function csvEnumCell<T extends string>(
  column: string,
  raw: string,
  values: Record<string, T>,
  problems: string[],
): T | null {
  if (raw === '') return null;
  const token = csvToken(raw) as T;
  if (Object.values(values).includes(token)) return token;
  problems.push(`${column} "${raw}" is not one of ${Object.values(values).join(', ')}`);
  return null;
}

/** The whole number in a row's cell (null when blank), with a problem when outside min..max. */
export function csvWholeNumberCell(
  column: string,
  raw: string,
  problems: string[],
  range: { min: number; max: number },
): number | null {
  if (raw === '') return null;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < range.min || value > range.max) {
    problems.push(`${column} "${raw}" is not a whole number from ${range.min} to ${range.max}`);
    return null;
  }
  return value;
}

/** The text in a row's cell with its spaces collapsed (null when blank); a problem when too long. */
export function csvTextCell(
  column: string,
  raw: string,
  problems: string[],
  maxLength: number,
): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > maxLength) problems.push(`${column} is longer than ${maxLength} characters`);
  return text === '' ? null : text;
}
