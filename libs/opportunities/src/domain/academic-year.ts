/** The academic year (1 September to 31 August) a date falls in, as inclusive ISO dates. */
export function academicYearOf(isoDate: string): { startsOn: string; endsOn: string } {
  const [year, month] = isoDate.split('-').map(Number);
  const first = month >= 9 ? year : year - 1;
  return { startsOn: `${first}-09-01`, endsOn: `${first + 1}-08-31` };
}
