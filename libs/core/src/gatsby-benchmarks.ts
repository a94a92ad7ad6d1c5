/** The eight Gatsby Benchmarks of good careers guidance, by number. */
export const GATSBY_BENCHMARKS: readonly { number: number; name: string }[] = [
  { number: 1, name: 'A stable careers programme' },
  { number: 2, name: 'Learning from career and labour market information' },
  { number: 3, name: 'Addressing the needs of each young person' },
  { number: 4, name: 'Linking curriculum learning to careers' },
  { number: 5, name: 'Encounters with employers and employees' },
  { number: 6, name: 'Experiences of workplaces' },
  { number: 7, name: 'Encounters with further and higher education' },
  { number: 8, name: 'Personal guidance' },
];

export const isGatsbyBenchmark = (n: number): boolean =>
  Number.isInteger(n) && n >= 1 && n <= GATSBY_BENCHMARKS.length;
