import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';
import { strToU8, zipSync } from 'fflate';
import { importHubCsv, importHubData } from '../apps/cli/src/commands';

describe('import commands (e2e)', () => {
  let t: TestApp;
  let log: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeAll(async () => {
    t = await TestApp.start();
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    log.mockRestore();
    error.mockRestore();
    await t.stop();
  });

  it('imports advisers and their matches from files, dry run first, refusals with their lines', async () => {
    const hub = await t.createHub('CLIM');
    const db = t.get(DataSource);
    await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, eligible, in_hub_since)
       VALUES ($1, '620001', 'Halton High', 'MAINSTREAM', true, '2020-09-01')`,
      [hub.id],
    );
    const dir = mkdtempSync(join(tmpdir(), 'chn-import-'));
    const advisers = join(dir, 'advisers.csv');
    writeFileSync(
      advisers,
      'name,email,employer\r\nAda Okafor,ada@example.org,Halton Chemicals\r\n',
    );
    expect(await importHubCsv('advisers', advisers, 'CLIM', { dryRun: false })).toBe(1);
    expect(error).toHaveBeenCalledWith('  line 2: no employer "Halton Chemicals" in the hub');
    expect(
      await importHubCsv('advisers', advisers, 'CLIM', { dryRun: true, createEmployers: true }),
    ).toBe(0);
    expect(log).toHaveBeenCalledWith(
      '1 rows: 1 would be created, 0 updated, 0 unchanged, 0 refused.',
    );
    expect(
      await importHubCsv('advisers', advisers, 'CLIM', { dryRun: false, createEmployers: true }),
    ).toBe(0);
    const matches = join(dir, 'matches.csv');
    writeFileSync(
      matches,
      'adviser_email,urn,type,starts_on,ended_on\nada@example.org,620001,1-2-1,01/09/2021,31/08/2023\n',
    );
    expect(await importHubCsv('matches', matches, 'CLIM', { dryRun: false })).toBe(0);
    expect(log).toHaveBeenCalledWith(
      '  line 2: ada@example.org 620001 ONE_TO_ONE 2021-09-01 CREATED',
    );
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM matches WHERE hub_id = $1 AND status = 'ENDED'`,
      [hub.id],
    );
    expect(count).toBe(1);
    expect(await importHubCsv('matches', matches, 'NOPE', { dryRun: false })).toBe(2);
  });
  it('imports employers from a file, and a hub data archive in one go, dry run first', async () => {
    const hub = await t.createHub('CLIH');
    const db = t.get(DataSource);
    const count = async (table: string): Promise<number> =>
      (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE hub_id = $1`, [hub.id]))[0].n;
    const dir = mkdtempSync(join(tmpdir(), 'chn-import-'));
    const employers = join(dir, 'employers.csv');
    writeFileSync(employers, 'name,sector,size_band\r\nHalton Chemicals,Chemicals,LARGE\r\n');
    expect(await importHubCsv('employers', employers, 'CLIH', { dryRun: false })).toBe(0);
    expect(log).toHaveBeenCalledWith('  line 2: Halton Chemicals CREATED');

    const zip = join(dir, 'hub-data.zip');
    writeFileSync(
      zip,
      zipSync({
        'institutions.csv': strToU8(
          'urn,name,la_code,la_name,phase,postcode,town,pupils,fsm_percent,ukprn,in_hub_since,eligible,compass_plus,hub_type\r\n' +
            '620002,Widnes Academy,876,Halton,Secondary,WA8 1AA,Widnes,900,20.5,,2020-09-01,Yes,No,MAINSTREAM\r\n',
        ),
        'advisers.csv': strToU8('name,email,employer\r\nBo Li,bo@example.org,Halton Chemicals\r\n'),
      }),
    );
    expect(await importHubData(zip, 'CLIH', { dryRun: true })).toBe(0);
    expect(log).toHaveBeenCalledWith(
      'advisers.csv: 1 rows: 1 would be created, 0 updated, 0 unchanged, 0 refused.',
    );
    expect([await count('institutions'), await count('advisers')]).toEqual([0, 0]);
    expect(await importHubData(zip, 'CLIH', { dryRun: false })).toBe(0);
    expect([await count('institutions'), await count('advisers')]).toEqual([1, 1]);

    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'urn,name\r\n');
    expect(await importHubData(notZip, 'CLIH', { dryRun: false })).toBe(1);
  });
});
