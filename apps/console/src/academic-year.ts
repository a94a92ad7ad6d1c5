/** Academic years run 1 September to 31 August and are written like 2025/26. */
export function academicYearOf(date: Date): string {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The given year and the four before it, newest first. */
export function recentAcademicYears(current: string, count = 5): string[] {
  const start = Number(current.slice(0, 4));
  return Array.from({ length: count }, (_, i) => academicYearOf(new Date(start - i, 8, 1)));
}

/** First day (YYYY-MM-DD) a match proposed now for the year can start: today, or the year's first day. */
export function proposalStartDate(academicYear: string, today = new Date()): string {
  const yearStart = `${academicYear.slice(0, 4)}-09-01`;
  const iso = [
    today.getFullYear(),
    String(today.getMonth() + 1).padStart(2, '0'),
    String(today.getDate()).padStart(2, '0'),
  ].join('-');
  return iso > yearStart ? iso : yearStart;
}
