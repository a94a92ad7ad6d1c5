import { FormEvent, useState } from 'react';

/**
 * An import in two steps: a dry run whose report is read, then the import once confirmed.
 * `run` sends the file (nothing when none is chosen) and answers its report.
 */
export function useCheckThenImport<Report>(
  run: (dryRun: boolean) => Promise<Report | null | undefined>,
) {
  const [checked, setChecked] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);

  function reset() {
    setChecked(null);
    setDone(null);
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    reset();
    setChecked((await run(true)) ?? null);
  }

  async function confirm() {
    const report = await run(false);
    if (report) {
      setChecked(null);
      setDone(report);
    }
  }

  return { checked, done, reset, check, confirm };
}
