import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD, TestApp } from '@chn/testing';
import { ConsoleBrowser, expectAccessible } from './support/console-browser';

const HEADER = 'name,email,sectors,dbs_checked_on,status';
const advisersCsv = (...rows: string[]) => ({
  name: 'advisers.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n'),
});

describe('the hub’s imports in the console (e2e)', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let hubId: string;
  const admin = 'imports.admin@example.test';

  beforeAll(async () => {
    t = await TestApp.start();
    hubId = (await t.createHub('CIMP', 'Halton Careers Hub')).id;
    await t.signedIn(Role.HUB_ADMIN, hubId, admin);
    browser = await ConsoleBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t.stop();
  });

  const advisers = () =>
    t
      .get(DataSource)
      .query(`SELECT name, email, status FROM advisers WHERE hub_id = $1 ORDER BY email`, [hubId]);

  it('checks an advisers file, shows its refusals or changes, and imports it once confirmed', async () => {
    const page = await browser.signIn(t.baseUrl, admin, TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Imports' })
      .click();
    await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
    await page.getByTestId('template-columns').getByText('dbs_checked_on').waitFor();
    await expectAccessible(page, 'imports page');

    const file = page.getByLabel('CSV file');
    await file.setInputFiles(
      advisersCsv(
        'Ada Okafor,ada@example.org,Finance,01/03/2025,Active',
        'Ben Lee,not-an-email,,,',
      ),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    const refusals = page
      .getByTestId('import-refusals')
      .getByRole('row')
      .filter({ hasText: 'not-an-email' });
    await refusals.waitFor();
    expect(await refusals.getByRole('cell').first().textContent()).toBe('3');
    await expectAccessible(page, 'imports dry run refused');

    await file.setInputFiles(
      advisersCsv(
        'Ada Okafor,ada@example.org,Finance,01/03/2025,Active',
        'Ben Lee,ben@example.org,Engineering,,Paused',
      ),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    const changes = page.getByTestId('import-changes').getByRole('row');
    await changes.filter({ hasText: 'ben@example.org' }).waitFor();
    expect(await changes.filter({ hasText: 'Add' }).count()).toBe(2);
    expect(await advisers()).toEqual([]);
    await expectAccessible(page, 'imports dry run');

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByTestId('import-done').filter({ hasText: 'Imported 2 rows: 2 added' }).waitFor();
    expect(await advisers()).toEqual([
      { name: 'Ada Okafor', email: 'ada@example.org', status: 'ACTIVE' },
      { name: 'Ben Lee', email: 'ben@example.org', status: 'PAUSED' },
    ]);
    expect(await page.locator('.notice-error').count()).toBe(0);
    await expectAccessible(page, 'imports done');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all hub data' }).click();
    expect((await download).suggestedFilename()).toMatch(/^cimp-hub-data-.*\.zip$/);
    await browser.screenshot(page, 'hub-imports');
  });
});
