import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const HEADER = 'name,email,sectors,dbs_checked_on,status';

const csvFile = (...lines: string[]) => ({
  name: 'file.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n') + '\r\n'),
});

const advisersCsv = (...rows: string[]) => csvFile('\uFEFF' + HEADER, ...rows);

describe('the hub’s imports in the console (e2e)', () => {
  const app = consoleApp();
  let hubId: string;
  const admin = 'imports.admin@example.test';

  beforeAll(async () => {
    hubId = (await app.t.createHub('CIMP', 'Halton Careers Hub')).id;
    await app.t.signedIn(Role.HUB_ADMIN, hubId, admin);
  });

  const institutions = async (): Promise<number> =>
    (
      await app.t
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM institutions WHERE hub_id = $1', [hubId])
    )[0].n;

  const advisers = () =>
    app.t
      .get(DataSource)
      .query(`SELECT name, email, status FROM advisers WHERE hub_id = $1 ORDER BY email`, [hubId]);

  it('checks an advisers file, shows its refusals or changes, and imports it once confirmed', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, admin, TEST_PASSWORD);
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
    await app.browser.screenshot(page, 'hub-imports');
  });

  it('checks and imports a GIAS institutions file, and lists an FSQ file’s refused lines', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, admin, TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Imports' })
      .click();
    await page
      .getByLabel('What the file holds')
      .selectOption({ label: 'Institutions (GIAS extract)' });
    const file = page.getByLabel('CSV file');
    await file.setInputFiles(
      csvFile(
        'urn,name,la_code,la_name,type,type_group,phase,status,low_age,high_age,postcode,town,pupils,fsm_percent,ukprn',
        '130622,Riverside College Halton,876,Halton,,,16 plus,Open,,,,,,,',
        '144617,The Grange School,876,Halton,,,All-through,Open,,,,,,53.1,',
        '999101,Old Bridge High School,341,Liverpool,,,Secondary,Closed,,,,,,,',
      ),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page
      .getByTestId('import-checked')
      .filter({ hasText: 'Checked 3 rows: 2 added, 0 changed, 0 unchanged; 1 skipped' })
      .waitFor();
    const skip = page.getByTestId('import-changes').getByRole('row').filter({ hasText: '999101' });
    expect(await skip.getByRole('cell').allTextContents()).toEqual([
      '4',
      '999101',
      'Skip',
      'closed establishment',
    ]);
    expect(await institutions()).toBe(0);
    await expectAccessible(page, 'imports GIAS dry run with a closed establishment');
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page
      .getByTestId('import-done')
      .filter({ hasText: 'Imported 2 rows: 2 added, 0 changed, 0 unchanged; 1 skipped' })
      .waitFor();
    expect(await institutions()).toBe(2);

    await page
      .getByLabel('What the file holds')
      .selectOption({ label: 'Future Skills Questionnaire completions' });
    await file.setInputFiles(
      csvFile('urn,academic_year,students', '130622,2024/25,120', '100001,2024/25,5'),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    const refusal = page
      .getByTestId('import-refusals')
      .getByRole('row')
      .filter({ hasText: '100001' });
    await refusal.waitFor();
    expect(await refusal.getByRole('cell').first().textContent()).toBe('3');
    await expectAccessible(page, 'imports FSQ dry run refused');
  });
  it('imports employers, shows their template, and checks then imports a hub data archive', async () => {
    const count = async (table: string): Promise<number> =>
      (
        await app.t
          .get(DataSource)
          .query(`SELECT count(*)::int AS n FROM ${table} WHERE hub_id = $1`, [hubId])
      )[0].n;
    const page = await app.browser.signIn(app.t.baseUrl, admin, TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Imports' })
      .click();
    await page.getByLabel('Template of').selectOption({ label: 'Bookings' });
    await page.getByTestId('template-columns').getByText('booking_id').waitFor();

    await page
      .getByLabel('What the file holds')
      .selectOption({ label: 'Employers and memberships' });
    await page
      .getByLabel('CSV file')
      .setInputFiles(
        csvFile(
          'employer_id,name,sector,size_band,membership_status,applied_on,joined_on',
          ',Halton Logistics,Logistics,MEDIUM,ACTIVE,01/09/2024,15/09/2024',
        ),
      );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByTestId('import-changes').getByRole('row').filter({ hasText: 'Add' }).waitFor();
    expect(await count('employers')).toBe(0);
    await page.getByRole('button', { name: 'Import 1 rows' }).click();
    await page.getByTestId('import-done').filter({ hasText: '1 added' }).waitFor();
    expect(await count('employer_memberships')).toBe(1);

    const opportunity = 'b0000000-0000-4000-8000-000000000001';
    const archive = (bookingUrn: string) => ({
      name: 'hub-data.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(
        zipSync({
          'opportunities.csv': strToU8(
            'opportunity_id,employer,kind,title,tier,sector,year_groups,delivery_mode,starts_on,ends_on,length_days,total_places,status\r\n' +
              `${opportunity},Halton Logistics,WORKPLACE_VISIT,Warehouse visit,T1,Logistics,9,IN_PERSON,01/10/2025,01/10/2025,1,15,CLOSED\r\n`,
          ),
          'bookings.csv': strToU8(
            'opportunity_id,urn,places,fsm_places,year_group,status,attended,fsm_attended\r\n' +
              `${opportunity},${bookingUrn},12,4,9,CONFIRMED,11,4\r\n`,
          ),
        }),
      ),
    });
    const zip = page.getByLabel('Zip archive');
    await zip.setInputFiles(archive('100001'));
    await page.getByRole('button', { name: 'Check the archive' }).click();
    const refusal = page
      .getByTestId('archive-refusals')
      .getByRole('row')
      .filter({ hasText: 'bookings.csv' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('no institution with URN 100001 in the hub');
    await expectAccessible(page, 'archive dry run refused');

    await zip.setInputFiles(archive('130622'));
    await page.getByRole('button', { name: 'Check the archive' }).click();
    const opportunities = page
      .getByTestId('archive-checked')
      .getByRole('row')
      .filter({ hasText: 'opportunities.csv' });
    await opportunities.waitFor();
    expect(await opportunities.getByRole('cell').allTextContents()).toEqual([
      '1',
      '1',
      '0',
      '0',
      '0',
    ]);
    expect(await count('opportunities')).toBe(0);
    await expectAccessible(page, 'archive dry run');
    await page.getByRole('button', { name: 'Import the archive' }).click();
    await page.getByTestId('archive-done').waitFor();
    expect([await count('opportunities'), await count('bookings')]).toEqual([1, 1]);
    await expectAccessible(page, 'archive imported');
  });
});
