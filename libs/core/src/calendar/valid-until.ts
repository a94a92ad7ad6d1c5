/** The last day (YYYY-MM-DD) something done on `doneOn` is still valid. */
export function validUntil(doneOn: string, validityMonths: number): string {
  const [year, month, day] = doneOn.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + validityMonths, day));
  // 31 August plus 6 months lands in March; keep it at the month's last day, as PostgreSQL does.
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
