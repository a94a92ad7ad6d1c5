/**
 * Measures the API in-process against a fresh PostgreSQL database and real Redis:
 * - read: a page of 50 institutions (with careers leader) under 20 concurrent clients;
 * - race: 200 concurrent requestPlaces calls for 1 place each on an opportunity of 10 places.
 * Prints figures; asserts nothing about timings.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot, Role } from '@chn/core';
import { InstitutionImportService } from '@chn/institutions';
import { TestApp } from '../libs/testing/src/test-app';
import { runBench, withBenchApp } from './bench-app';
import { postingEmployer, raceForPlaces, READ_QUERY, readLoad } from './workload';
import { rssMb } from './stats';

const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const READ_CLIENTS = 20;
const RACE_ROUNDS = Number(process.env.BENCH_RACE_ROUNDS ?? 5);

async function main() {
  await withBenchApp(async (t: TestApp) => {
    const hub = await t.createHub('BENCH');
    const csv = readFileSync(
      join(projectRoot(), 'libs/institutions/data/lcr-establishments.csv'),
      'utf8',
    );
    await t.get(InstitutionImportService).importInto(hub.id, csv, { markInHub: true });
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);

    console.log(
      'read  institutions(first: 50), 20 clients:',
      await readLoad(staff, READ_QUERY, READ_CLIENTS, READ_SECONDS),
    );

    const db = t.get(DataSource);
    const employerId = await postingEmployer(db, hub.id);
    const institutionIds: string[] = (
      await db.query('SELECT id FROM institutions WHERE hub_id = $1', [hub.id])
    ).map((row: { id: string }) => row.id);
    console.log(
      'race  200 concurrent requestPlaces on 10 places:',
      await raceForPlaces(staff, employerId, institutionIds, RACE_ROUNDS),
    );
    console.log('rss MB:', rssMb());
  });
}

runBench(main);
