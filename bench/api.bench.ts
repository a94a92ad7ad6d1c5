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
import { rssMb, summarise } from './stats';

const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const READ_CLIENTS = 20;
const RACE_ROUNDS = Number(process.env.BENCH_RACE_ROUNDS ?? 5);

async function timed<T>(run: () => Promise<T>, into: number[]): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    into.push(performance.now() - start);
  }
}

async function main() {
  await withBenchApp(async (t: TestApp) => {
    const hub = await t.createHub('BENCH');
    const csv = readFileSync(
      join(projectRoot(), 'libs/institutions/data/lcr-establishments.csv'),
      'utf8',
    );
    await t.get(InstitutionImportService).importInto(hub.id, csv, { markInHub: true });
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);

    const readDurations: number[] = [];
    const readStart = performance.now();
    const deadline = readStart + READ_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: READ_CLIENTS }, async () => {
        while (performance.now() < deadline) {
          await timed(
            () =>
              staff.ok(
                '{ institutions(first: 50) { totalCount edges { node { id name careersLeader { id } } } } }',
              ),
            readDurations,
          );
        }
      }),
    );
    console.log(
      'read  institutions(first: 50), 20 clients:',
      summarise(readDurations, performance.now() - readStart),
    );

    const db = t.get(DataSource);
    const [{ id: employerId }] = await db.query(
      `INSERT INTO employers (hub_id, name, sector, size_band) VALUES ($1, 'Bench Co', 'Digital', 'SMALL') RETURNING id`,
      [hub.id],
    );
    // Only an active network member posts opportunities.
    await db.query(
      `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at, joined_on)
       VALUES ($1, $2, 'ACTIVE', now(), current_date)`,
      [hub.id, employerId],
    );
    const startsOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const institutionIds: string[] = (
      await db.query('SELECT id FROM institutions WHERE hub_id = $1', [hub.id])
    ).map((row: { id: string }) => row.id);
    const raceDurations: number[] = [];
    const roundMs: number[] = [];
    let held = 0;
    for (let round = 0; round < RACE_ROUNDS; round += 1) {
      const created = await staff.ok<{ createOpportunity: { id: string } }>(
        `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
        {
          input: {
            employerId,
            kind: 'WORKPLACE_VISIT',
            title: `Bench visit ${round}`,
            description: 'Bench',
            tier: 'T1',
            sector: 'Digital',
            yearGroups: [9],
            deliveryMode: 'IN_PERSON',
            startsOn,
            endsOn: startsOn,
            lengthDays: 1,
            totalPlaces: 10,
          },
        },
      );
      const opportunityId = created.createOpportunity.id;
      await staff.ok('mutation ($id: ID!) { publishOpportunity(id: $id) { id } }', {
        id: opportunityId,
      });
      const start = performance.now();
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          timed(
            () =>
              staff.request(
                `mutation ($input: RequestPlacesInput!) { requestPlaces(input: $input) { id } }`,
                {
                  input: {
                    opportunityId,
                    institutionId: institutionIds[i % institutionIds.length],
                    places: 1,
                    fsmPlaces: 0,
                    yearGroup: 9,
                  },
                },
              ),
            raceDurations,
          ),
        ),
      );
      roundMs.push(performance.now() - start);
      held += results.filter((r) => !r.errors).length;
    }
    const sortedRounds = [...roundMs].sort((a, b) => a - b);
    console.log('race  200 concurrent requestPlaces on 10 places:', {
      rounds: RACE_ROUNDS,
      placesHeldPerRound: held / RACE_ROUNDS,
      medianRoundMs: Math.round(sortedRounds[Math.floor(sortedRounds.length / 2)]),
      ...summarise(
        raceDurations,
        roundMs.reduce((a, b) => a + b, 0),
      ),
    });
    console.log('rss MB:', rssMb());
  });
}

runBench(main);
