/**
 * Times the hub's CSV imports on region-sized files: institutions (GIAS extract), advisers and
 * five academic years of match history, each imported into an empty hub, then again (nothing
 * changes), then as a dry run. Prints file size, ms and rows/s; asserts nothing about timings.
 */
import 'reflect-metadata';
import { AdviserImportService, UnknownEmployers } from '@chn/advisers';
import { BulkImportReport } from '@chn/core';
import { InstitutionImportService } from '@chn/institutions';
import { MatchImportService } from '@chn/matching';
import { TestApp } from '../libs/testing/src/test-app';
import { runBench, withBenchApp } from './bench-app';

const INSTITUTIONS = Number(process.env.BENCH_IMPORT_INSTITUTIONS ?? 5000);
const ADVISERS = Number(process.env.BENCH_IMPORT_ADVISERS ?? 4000);
const FIRST_YEAR = 2020;

function institutionsCsv(): string {
  const rows = [
    'urn,name,la_code,la_name,type,type_group,phase,status,low_age,high_age,postcode,town,pupils,fsm_percent,ukprn',
  ];
  for (let i = 0; i < INSTITUTIONS; i++) {
    rows.push(
      `${300000 + i},"Bench School ${i}, Upper",${340 + (i % 6)},Authority ${i % 6},Academy converter,Academies,Secondary,Open,11,18,L${i % 99} 1AA,Liverpool,${800 + (i % 700)},${(i % 600) / 10},${10000000 + i}`,
    );
  }
  return rows.join('\r\n') + '\r\n';
}

function advisersCsv(): string {
  const rows = [
    'name,email,employer,sectors,local_authorities,dbs_checked_on,induction_completed_on,max_one_to_one,max_agile,status,left_on',
  ];
  for (let i = 0; i < ADVISERS; i++) {
    const left = i % 9 === 0;
    rows.push(
      `"Adviser ${i}, Bench",adviser${i}@bench.test,Employer ${i % 300},"Digital; Finance",${340 + (i % 6)};${341 + (i % 5)},15/09/2023,01/10/2023,2,3,${left ? 'LEFT' : 'ACTIVE'},${left ? '31/07/2024' : ''}`,
    );
  }
  return rows.join('\r\n') + '\r\n';
}

/** One 1-2-1 match per institution and year (ended each July but the last), agile ones too. */
function matchesCsv(lastYear: number): string {
  const rows = ['adviser_email,urn,type,starts_on,ends_on,ended_on,status,focus'];
  for (let i = 0; i < INSTITUTIONS; i++) {
    for (let y = FIRST_YEAR; y <= lastYear; y++) {
      const adviser = `adviser${(i + y) % ADVISERS}@bench.test`;
      const ended = y < lastYear ? `20/07/${y + 1}` : '';
      rows.push(`${adviser},${300000 + i},1-2-1,15/09/${y},,${ended},,"BM5 encounters, year ${y}"`);
      if ((i + y) % 4 === 0 && y < lastYear) {
        rows.push(`${adviser},${300000 + i},AGILE,01/11/${y},28/02/${y + 1},28/02/${y + 1},ENDED,`);
      }
    }
  }
  return rows.join('\r\n') + '\r\n';
}

async function timed(
  label: string,
  csv: string,
  run: () => Promise<
    BulkImportReport | { rows: number; created: number; updated: number; unchanged: number }
  >,
): Promise<void> {
  const started = process.hrtime.bigint();
  const report = await run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const mb = Buffer.byteLength(csv) / (1024 * 1024);
  console.log(
    `${label.padEnd(34)} ${mb.toFixed(2).padStart(5)} MB ${String(report.rows).padStart(7)} rows ` +
      `${ms.toFixed(0).padStart(7)} ms ${Math.round(report.rows / (ms / 1000))
        .toLocaleString('en-GB')
        .padStart(9)} rows/s ` +
      `(created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged})`,
  );
}

async function main() {
  await withBenchApp(async (t: TestApp) => {
    const hub = await t.createHub('BENCH');
    const lastYear =
      new Date().getUTCMonth() >= 8 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const files = {
      institutions: institutionsCsv(),
      advisers: advisersCsv(),
      matches: matchesCsv(lastYear),
    };
    const institutions = t.get(InstitutionImportService);
    const advisers = t.get(AdviserImportService);
    const matches = t.get(MatchImportService);
    const adviserOptions = { unknownEmployers: UnknownEmployers.CREATE_APPLICANT };
    for (const pass of ['first import', 're-import (unchanged)', 'dry run']) {
      const dryRun = pass === 'dry run';
      if (!dryRun) {
        await timed(`institutions, ${pass}`, files.institutions, () =>
          institutions.importInto(hub.id, files.institutions, { markInHub: true }),
        );
      }
      await timed(`advisers, ${pass}`, files.advisers, () =>
        advisers.importInto(hub.id, files.advisers, { ...adviserOptions, dryRun }),
      );
      await timed(`matches, ${pass}`, files.matches, () =>
        matches.importInto(hub.id, files.matches, { dryRun }),
      );
    }
  });
}

runBench(main);
