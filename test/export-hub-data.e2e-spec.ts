import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { ADVISER_CSV_COLUMNS } from '@chn/advisers';
import { academicYearOf, currentAcademicYear, Role } from '@chn/core';
import { EMPLOYER_CSV_COLUMNS } from '@chn/employers';
import { INSTITUTION_STATUS_CSV_COLUMNS } from '@chn/institutions';
import { MATCH_CSV_COLUMNS } from '@chn/matching';
import { BOOKING_CSV_COLUMNS, OPPORTUNITY_CSV_COLUMNS } from '@chn/opportunities';
import { COMPASS_CSV_HEADER } from '@chn/reporting';
import { BULK_IMPORT_FIELDS, BulkImportView, GraphqlClient, TestApp } from '@chn/testing';

const csv = (...lines: string[]) => '\uFEFF' + lines.join('\r\n') + '\r\n';

interface HubDataImportView {
  dryRun: boolean;
  files: {
    file: string;
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    refused: { line: number; reason: string }[];
  }[];
}

const encoded = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));

/** The GIAS extract both deployments load their institutions from. */
const GIAS = csv(
  'urn,name,la_code,la_name,type,type_group,phase,status,low_age,high_age,postcode,town,pupils,fsm_percent,ukprn',
  '720001,Riverside Academy,341,Liverpool,Academy converter,Academies,Secondary,Open,11,16,L1 1AA,Liverpool,1000,9.5,10000001',
  '720002,Hillside High School,341,Liverpool,Community school,Local authority maintained schools,Secondary,Open,11,18,L2 2AA,Liverpool,1200,26.5,',
  '720003,Brook Primary School,343,Knowsley,Community school,Local authority maintained schools,Primary,Open,4,11,L34 1AA,Knowsley,400,41,',
  '720004,Oak Special School,341,Liverpool,Community special school,Special schools,Not applicable,Open,5,19,L3 3AA,Liverpool,120,41,',
  '720005,Harbour Pupil Referral Unit,344,Wirral,Pupil referral unit,Local authority maintained schools,Not applicable,Open,11,16,CH41 1AA,Birkenhead,40,41,',
  '720006,Meadow College,340,Knowsley,Further education,Colleges,16 plus,Open,16,99,L36 1AA,Huyton,3000,18,10000006',
);

const STATUS = csv(
  'urn,in_hub_since,eligible,compass_plus',
  '720001,01/09/2021,Yes,Yes',
  '720002,15/01/2022,Yes,No',
  '720003,01/09/2023,Yes,Yes',
  '720004,01/09/2022,Yes,No',
  '720005,10/02/2025,Yes,No',
  '720006,,No,No',
);

const MERSEY = 'e0000000-0000-4000-8000-000000000001';
const VISIT = 'a0000000-0000-4000-8000-000000000001';
const PLACEMENT = 'a0000000-0000-4000-8000-000000000002';
const TALK = 'a0000000-0000-4000-8000-000000000003';

/** Employers and their memberships over the years, one known by its id, two by name. */
const EMPLOYERS = csv(
  'employer_id,name,companies_house_number,sector,size_band,postcode,website,membership_status,applied_on,joined_on,renewal_on,ended_on,pledge',
  `${MERSEY},Mersey Engineering Ltd,01234567,Engineering,Medium,L3 4AB,https://mersey.example,Lapsed,01/03/2022,15/03/2022,15/03/2023,15/03/2023,`,
  `${MERSEY},Mersey Engineering Ltd,01234567,Engineering,Medium,L3 4AB,https://mersey.example,Active,01/04/2023,10/04/2023,10/04/2027,,"Two visits a term, every term"`,
  ',Harbour Health Trust,,Health,LARGE,,,PENDING,01/11/2025,,,,',
  ',Wirral Digital,,Digital,SMALL,CH41 2ZZ,,,,,,,',
);

const OPPORTUNITIES = csv(
  'opportunity_id,employer_id,employer,kind,title,description,tier,sector,year_groups,delivery_mode,starts_on,ends_on,length_days,total_places,send_friendly,meaningful_criteria,status',
  `${VISIT},${MERSEY},,Workplace visit,Factory floor visit,"See how, and why, we build",T1,Engineering,9;10,In person,10/06/2024,10/06/2024,1,20,Yes,CLEAR_PURPOSE;TWO_WAY_INTERACTION,CLOSED`,
  `${PLACEMENT},,Mersey Engineering Ltd,WORK_EXPERIENCE_PLACEMENT,Engineering week,,T3,Engineering,10;11,IN_PERSON,10/03/2025,14/03/2025,5,4,No,CLEAR_PURPOSE;LEARNING_OUTCOMES;PERFORMS_TASK;EMPLOYER_FEEDBACK;REFLECTION,CLOSED`,
  `${TALK},,harbour health trust,CAREERS_TALK,Careers in the NHS,,T1,Health,7;8;9,VIRTUAL,05/10/2026,05/10/2026,0.5,60,No,,PUBLISHED`,
);

const BOOKINGS = csv(
  'booking_id,opportunity_id,urn,places,fsm_places,year_group,status,attended,fsm_attended',
  `,${VISIT},720001,10,3,9,CONFIRMED,9,3`,
  `,${VISIT},720002,8,2,10,Confirmed,8,1`,
  `,${PLACEMENT},720001,2,1,10,CONFIRMED,2,1`,
  `,${PLACEMENT},720002,2,0,11,CANCELLED,,`,
  `,${TALK},720001,30,10,8,REQUESTED,,`,
);

const ADVISERS = csv(
  'name,email,employer,sectors,local_authorities,dbs_checked_on,induction_completed_on,max_one_to_one,max_agile,status,left_on',
  'Ada Okafor,ada@example.org,Mersey Engineering Ltd,Finance;Law,341;343,01/03/2025,15/03/2025,2,3,Active,',
  'Ben Lee,ben@example.org,,Engineering,341,01/01/2019,01/02/2019,1,2,Left,31/08/2023',
  'Cara Wynn,cara@example.org,,Health,344,01/06/2024,01/07/2024,,,Paused,',
);

/** Matches across the last five academic years and before. */
const MATCHES = csv(
  'adviser_email,urn,type,starts_on,ends_on,ended_on,status,focus',
  'ben@example.org,720001,1-2-1,01/09/2021,,31/08/2023,Ended,"BM5 encounters, year 10"',
  'ben@example.org,720002,Agile,15/01/2022,30/04/2022,30/04/2022,Ended,Careers fair',
  'ada@example.org,720001,1-2-1,01/09/2023,,,Active,',
  'cara@example.org,720004,1-2-1,01/10/2022,,31/07/2025,Ended,',
  'cara@example.org,720005,Agile,01/03/2025,30/06/2025,30/06/2025,Ended,',
  'ada@example.org,720003,Agile,01/10/2025,,,Active,Year 6 transition',
);

const results = (results: string[], scores: string[]) =>
  results.map((result, i) => `${result},${scores[i]}`).join(',');
const COMPASS = csv(
  COMPASS_CSV_HEADER.join(','),
  `720001,01/03/2023,${results(['Achieved', 'Achieved', 'Partially achieved', 'Achieved', 'Achieved', 'Not achieved', 'Achieved', 'Achieved'], ['100', '100', '50', '100', '100', '0', '100', '100'])},Most,Some,All,A few`,
  `720001,01/03/2025,${results(Array(8).fill('Achieved'), Array(8).fill('100'))},All,Most,All,Most`,
  `720002,20/05/2024,${results(['Not achieved', 'Achieved', 'Partially achieved', 'Partially achieved', 'Achieved', 'Achieved', 'Not achieved', 'Achieved'], ['', '', '', '', '', '', '', ''])},Some,,Dont know,`,
  `720004,01/02/2025,${results(['Achieved', 'Not achieved', 'Not achieved', 'Achieved', 'Partially achieved', 'Achieved', 'Achieved', 'Not achieved'], ['90', '20', '10', '100', '60', '100', '100', '30'])},,,,`,
);

const FSQ = csv(
  'urn,academic_year,students',
  '720001,2024/25,140',
  '720002,2024/25,60',
  '720001,2025/26,155',
  '720004,2025/26,12',
);

const IMPORTS = {
  institutions: `mutation ($csv: String!) { importInstitutions(csv: $csv) { created rejected { line reason } } }`,
  status: `mutation ($csv: String!) { importInstitutionStatus(csv: $csv) { ${BULK_IMPORT_FIELDS} } }`,
  employers: `mutation ($csv: String!) { importEmployers(csv: $csv) { ${BULK_IMPORT_FIELDS} } }`,
  advisers: `mutation ($csv: String!) { importAdvisers(csv: $csv) { ${BULK_IMPORT_FIELDS} } }`,
  opportunities: `mutation ($csv: String!) { importOpportunities(csv: $csv) { ${BULK_IMPORT_FIELDS} } }`,
  bookings: `mutation ($csv: String!) { importBookings(csv: $csv) { ${BULK_IMPORT_FIELDS} } }`,
  matches: `mutation ($csv: String!) { importMatches(csv: $csv) { ${BULK_IMPORT_FIELDS} } }`,
  compass: `mutation ($csv: String!) { importCompassEvaluations(csv: $csv) { rows created } }`,
  fsq: `mutation ($csv: String!) { importFsqCompletions(csv: $csv) { rows } }`,
};

const EXPORT = `query ($hubId: ID) { exportHubData(hubId: $hubId) { fileName zipBase64 } }`;
const DASHBOARD_CSV = `query ($academicYear: String) { exportDashboard(academicYear: $academicYear) }`;
const MATCHED_HISTORY = `query { hubDashboard {
  matchedHistory { academicYear institutionsInHub percentMatchedAny percentMatchedOneToOne percentMatchedAgile }
} }`;
const PLACES = 'group opportunities placesOffered placesBooked placesAttended';
const PROGRESS = 'keyStage placeDays pupils daysPerPupil annualGoalDays percentOfAnnualGoal';
const ACTIVITY = `query ($academicYear: String) { hubDashboard(academicYear: $academicYear) {
  opportunities { total { ${PLACES} } byTier { ${PLACES} } bySector { ${PLACES} } byKeyStage { ${PLACES} } }
  workExperience { ks3 { ${PROGRESS} } ks4 { ${PROGRESS} } }
  network { memberships { status employers } }
  meaningfulCriteria { delivered allCriteriaPercent criteria { criterion experiences percent } }
} }`;
const IMPORT_HUB_DATA = `mutation ($zipBase64: String!, $dryRun: Boolean) {
  importHubData(zipBase64: $zipBase64, dryRun: $dryRun) {
    dryRun files { file rows created updated unchanged refused { line reason } }
  }
}`;

interface HubFiles {
  institutions: string;
  /** Institutions of the hub data archive, whose hub_type corrects the GIAS data's types. */
  hubTypes?: string;
  status: string;
  employers: string;
  advisers: string;
  matches: string;
  opportunities: string;
  bookings: string;
  compass: string;
  fsq: string;
}

/** Loads a hub's files through its staff's imports, expecting each to be taken whole. */
async function importHub(staff: GraphqlClient, files: HubFiles): Promise<void> {
  const institutions = await staff.ok<{ importInstitutions: { rejected: unknown[] } }>(
    IMPORTS.institutions,
    { csv: files.institutions },
  );
  expect(institutions.importInstitutions.rejected).toEqual([]);
  if (files.hubTypes) {
    const corrected = await staff.ok<{ importInstitutions: { rejected: unknown[] } }>(
      IMPORTS.institutions,
      { csv: files.hubTypes },
    );
    expect(corrected.importInstitutions.rejected).toEqual([]);
  }
  for (const kind of [
    'status',
    'employers',
    'advisers',
    'matches',
    'opportunities',
    'bookings',
  ] as const) {
    const data = await staff.ok<Record<string, BulkImportView>>(IMPORTS[kind], {
      csv: files[kind],
    });
    expect(Object.values(data)[0].refused).toEqual([]);
  }
  await staff.ok(IMPORTS.compass, { csv: files.compass });
  await staff.ok(IMPORTS.fsq, { csv: files.fsq });
}

/** Every dashboard figure of the last five academic years, and the matched-percentage history. */
async function figures(staff: GraphqlClient) {
  const first = Number(currentAcademicYear().startsOn.slice(0, 4));
  const years = [4, 3, 2, 1, 0].map((back) => academicYearOf(`${first - back}-09-01`).label);
  const dashboards: Record<string, string> = {};
  const activity: Record<string, unknown> = {};
  for (const academicYear of years) {
    dashboards[academicYear] = (
      await staff.ok<{ exportDashboard: string }>(DASHBOARD_CSV, { academicYear })
    ).exportDashboard;
    activity[academicYear] = (
      await staff.ok<{ hubDashboard: unknown }>(ACTIVITY, { academicYear })
    ).hubDashboard;
  }
  const history = await staff.ok<{ hubDashboard: { matchedHistory: unknown[] } }>(MATCHED_HISTORY);
  return { dashboards, activity, matchedHistory: history.hubDashboard.matchedHistory };
}

describe('hub data export (e2e)', () => {
  let source: TestApp;
  let target: TestApp;
  let third: TestApp;
  let sourceStaff: GraphqlClient;
  let sourceAdmin: GraphqlClient;
  let sourceHubId: string;
  let benId: string;
  let archive: Record<string, string>;
  let zipBase64: string;

  beforeAll(async () => {
    source = await TestApp.start();
    sourceHubId = (await source.createHub('EXPA')).id;
    sourceStaff = await source.signedIn(Role.HUB_STAFF, sourceHubId);
    sourceAdmin = await source.signedIn(Role.HUB_ADMIN, sourceHubId);
    await importHub(sourceStaff, {
      institutions: GIAS,
      status: STATUS,
      employers: EMPLOYERS,
      advisers: ADVISERS,
      matches: MATCHES,
      opportunities: OPPORTUNITIES,
      bookings: BOOKINGS,
      compass: COMPASS,
      fsq: FSQ,
    });
    // Ben, who left, asks to be erased: his matches stay in the hub's history.
    const [ben] = await source
      .get(DataSource)
      .query(`SELECT id FROM advisers WHERE hub_id = $1 AND email = 'ben@example.org'`, [
        sourceHubId,
      ]);
    benId = ben.id;
    await sourceAdmin.ok(`mutation ($id: ID!) { eraseAdviser(adviserId: $id) { id } }`, {
      id: benId,
    });
    // Hub staff correct a type the GIAS data gives: the archive must carry the correction.
    const [hillside] = await source
      .get(DataSource)
      .query(`SELECT id FROM institutions WHERE hub_id = $1 AND urn = '720002'`, [sourceHubId]);
    await sourceStaff.ok(
      `mutation ($id: ID!) { updateInstitution(id: $id, input: { type: AP }) { type } }`,
      { id: hillside.id },
    );
  });
  afterAll(async () => {
    await source?.stop();
    await target?.stop();
    await third?.stop();
  });

  it('is for hub administrators only', async () => {
    const res = await sourceStaff.request(EXPORT, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a national administrator export the hub they name', async () => {
    const national = await source.signedIn(Role.HUB_ADMIN, null);
    const unnamed = await national.request(EXPORT, {});
    expect(unnamed.errors?.[0]?.extensions?.reason).toBe('HUB_REQUIRED');
    const { exportHubData } = await national.ok<{ exportHubData: { fileName: string } }>(EXPORT, {
      hubId: sourceHubId,
    });
    expect(exportHubData.fileName).toMatch(/^expa-hub-data-/);
  });

  it('gives one zip of CSVs in the columns the imports read, and audits it', async () => {
    const { exportHubData } = await sourceAdmin.ok<{
      exportHubData: { fileName: string; zipBase64: string };
    }>(EXPORT, {});
    expect(exportHubData.fileName).toMatch(/^expa-hub-data-\d{4}-\d{2}-\d{2}\.zip$/);
    zipBase64 = exportHubData.zipBase64;
    const entries = unzipSync(Buffer.from(exportHubData.zipBase64, 'base64'));
    archive = Object.fromEntries(
      Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]),
    );
    expect(Object.keys(archive).sort()).toEqual([
      'advisers.csv',
      'bookings.csv',
      'compass-evaluations.csv',
      'employers.csv',
      'fsq.csv',
      'institutions.csv',
      'matches.csv',
      'opportunities.csv',
    ]);
    const header = (name: string) => archive[name].split('\r\n')[0].split(',');
    expect(header('institutions.csv')).toEqual(
      expect.arrayContaining(INSTITUTION_STATUS_CSV_COLUMNS.map(([name]) => name)),
    );
    expect(header('advisers.csv')).toEqual(ADVISER_CSV_COLUMNS.map(([name]) => name));
    expect(header('matches.csv')).toEqual(MATCH_CSV_COLUMNS.map(([name]) => name));
    expect(header('compass-evaluations.csv')).toEqual(COMPASS_CSV_HEADER);
    expect(header('fsq.csv')).toEqual(['urn', 'academic_year', 'students']);
    expect(header('employers.csv')).toEqual(EMPLOYER_CSV_COLUMNS.map(([name]) => name));
    expect(header('opportunities.csv')).toEqual(OPPORTUNITY_CSV_COLUMNS.map(([name]) => name));
    expect(header('bookings.csv')).toEqual(BOOKING_CSV_COLUMNS.map(([name]) => name));
    // The erased adviser is named by a pseudonym, never by the email they had.
    const pseudonym = `erased-${benId}@erased.invalid`;
    expect(Object.values(archive).join('')).not.toContain('ben@example.org');
    expect(archive['advisers.csv']).toContain(`Erased adviser,${pseudonym},`);
    expect(archive['matches.csv']).toContain(
      `${pseudonym},720001,ONE_TO_ONE,2021-09-01,,2023-08-31,ENDED,"BM5 encounters, year 10"`,
    );
    expect(archive['institutions.csv']).toMatch(/\r\n720002,Hillside High School,.*,AP\r\n/);
    const [audit] = await source
      .get(DataSource)
      .query(
        `SELECT changes FROM audit_log WHERE hub_id = $1 AND entity_type = 'export' AND action = 'exported'`,
        [sourceHubId],
      );
    expect(audit.changes).toMatchObject({ report: 'hub-data', via: 'api' });
  });

  it('imported into an empty hub of another deployment, reproduces every dashboard figure', async () => {
    target = await TestApp.start();
    const targetHubId = (await target.createHub('EXPB')).id;
    const targetStaff = await target.signedIn(Role.HUB_STAFF, targetHubId);
    await importHub(targetStaff, {
      institutions: GIAS,
      hubTypes: archive['institutions.csv'],
      status: archive['institutions.csv'],
      employers: archive['employers.csv'],
      advisers: archive['advisers.csv'],
      matches: archive['matches.csv'],
      opportunities: archive['opportunities.csv'],
      bookings: archive['bookings.csv'],
      compass: archive['compass-evaluations.csv'],
      fsq: archive['fsq.csv'],
    });
    const before = await figures(sourceStaff);
    expect(before.matchedHistory).toHaveLength(5);
    expect(
      (before.matchedHistory as { percentMatchedAny: number | null }[]).filter(
        (year) => (year.percentMatchedAny ?? 0) > 0,
      ).length,
    ).toBeGreaterThanOrEqual(4);
    expect(Object.values(before.dashboards).some((d) => d.includes('% matched 1-2-1,'))).toBe(true);
    expect(JSON.stringify(before.activity)).toContain('"placesAttended":17');
    expect(await figures(targetStaff)).toEqual(before);
    const erased = await target
      .get(DataSource)
      .query(`SELECT id, email, erased_at FROM advisers WHERE hub_id = $1 AND id = $2`, [
        targetHubId,
        benId,
      ]);
    expect(erased).toEqual([{ id: benId, email: null, erased_at: expect.any(Date) }]);
  });

  it('imports the whole archive into an empty hub of a third deployment in one transaction', async () => {
    third = await TestApp.start();
    const hubId = (await third.createHub('EXPC')).id;
    const admin = await third.signedIn(Role.HUB_ADMIN, hubId);
    const db = third.get(DataSource);
    const held = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM institutions WHERE hub_id = $1)::int AS institutions,
                  (SELECT count(*) FROM employers WHERE hub_id = $1)::int AS employers,
                  (SELECT count(*) FROM bookings WHERE hub_id = $1)::int AS bookings`,
          [hubId],
        )
      )[0];
    const empty = { institutions: 0, employers: 0, bookings: 0 };

    const dry = await admin.ok<{ importHubData: HubDataImportView }>(IMPORT_HUB_DATA, {
      zipBase64,
      dryRun: true,
    });
    expect(dry.importHubData.dryRun).toBe(true);
    expect(dry.importHubData.files.map((f) => [f.file, f.created, f.refused.length])).toEqual([
      ['institutions.csv', 6, 0],
      ['employers.csv', 4, 0],
      ['advisers.csv', 3, 0],
      ['matches.csv', 6, 0],
      ['opportunities.csv', 3, 0],
      ['bookings.csv', 5, 0],
      ['compass-evaluations.csv', 4, 0],
      ['fsq.csv', 4, 0],
    ]);
    expect(await held()).toEqual(empty);

    // A refusal in one file leaves every other file unwritten too.
    const badMatches = archive['matches.csv'].replace(/,720004,/, ',799999,');
    const refusedZip = Buffer.from(
      zipSync({ ...encoded(archive), 'matches.csv': strToU8(badMatches) }),
    ).toString('base64');
    const refusedDry = await admin.ok<{ importHubData: HubDataImportView }>(IMPORT_HUB_DATA, {
      zipBase64: refusedZip,
      dryRun: true,
    });
    const matchesReport = refusedDry.importHubData.files.find((f) => f.file === 'matches.csv');
    expect(matchesReport?.refused).toEqual([
      { line: expect.any(Number), reason: 'no institution with URN 799999 in the hub' },
    ]);
    const refused = await admin.request(IMPORT_HUB_DATA, { zipBase64: refusedZip });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('HUB_DATA_ARCHIVE_INVALID');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('matches.csv');
    expect(await held()).toEqual(empty);

    const done = await admin.ok<{ importHubData: HubDataImportView }>(IMPORT_HUB_DATA, {
      zipBase64,
    });
    expect(done.importHubData.files.every((f) => f.refused.length === 0)).toBe(true);
    expect(await held()).toEqual({ institutions: 6, employers: 3, bookings: 5 });

    const staff = await third.signedIn(Role.HUB_STAFF, hubId);
    expect(await figures(staff)).toEqual(await figures(sourceStaff));
    const { exportHubData } = await admin.ok<{ exportHubData: { zipBase64: string } }>(EXPORT, {});
    const again = unzipSync(Buffer.from(exportHubData.zipBase64, 'base64'));
    for (const [name, bytes] of Object.entries(again))
      expect([name, strFromU8(bytes)]).toEqual([name, archive[name]]);

    // Imported again, the hub's CSV files change nothing.
    const reimport = await admin.ok<{ importHubData: HubDataImportView }>(IMPORT_HUB_DATA, {
      zipBase64,
    });
    for (const file of reimport.importHubData.files.filter(
      (f) => !['institutions.csv', 'compass-evaluations.csv', 'fsq.csv'].includes(f.file),
    )) {
      expect([file.file, file.created, file.updated]).toEqual([file.file, 0, 0]);
    }
  });
});
