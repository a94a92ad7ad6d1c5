import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const LCR_CSV = readFileSync(
  join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv'),
  'utf8',
);
const LCR_ROWS = LCR_CSV.trim().split('\n').slice(1);

const IMPORT = `mutation ($csv: String!, $markInHub: Boolean) {
  importInstitutions(csv: $csv, markInHub: $markInHub) { rows created updated unchanged rejected { line urn reason } }
}`;
const LIST = `query ($first: Int, $after: String, $filter: InstitutionFilter) {
  institutions(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id urn name type typeInferred laCode fsmPercent inHub eligible } }
  }
}`;
const CREATE = `mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id urn type inHub eligible } }`;

interface Page {
  institutions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        urn: string;
        name: string;
        type: string;
        typeInferred: boolean;
        inHub: boolean;
      };
    }[];
  };
}

describe('institutions (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  let staff: GraphqlClient;

  beforeAll(async () => {
    t = await TestApp.start();
    hub = await t.createHub('LCR');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
  });
  afterAll(() => t.stop());

  it('imports the real LCR file, and re-importing it changes nothing', async () => {
    const first = await staff.ok<{
      importInstitutions: { rows: number; created: number; rejected: unknown[] };
    }>(IMPORT, {
      csv: LCR_CSV,
      markInHub: true,
    });
    expect(first.importInstitutions).toMatchObject({
      rows: LCR_ROWS.length,
      created: LCR_ROWS.length,
      rejected: [],
    });

    const again = await staff.ok<{
      importInstitutions: { created: number; updated: number; unchanged: number };
    }>(IMPORT, {
      csv: LCR_CSV,
    });
    expect(again.importInstitutions).toEqual(
      expect.objectContaining({ created: 0, updated: 0, unchanged: LCR_ROWS.length }),
    );

    const all = await staff.ok<Page>(LIST, { first: 10 });
    expect(all.institutions.totalCount).toBe(LCR_ROWS.length);
  });

  it('infers types from the phase and marks them inferred', async () => {
    const post16 = LCR_ROWS.filter((row) => row.includes(',16 plus,')).length;
    const page = await staff.ok<Page>(LIST, { first: 100, filter: { types: ['POST_16'] } });
    expect(page.institutions.totalCount).toBe(post16);
    expect(page.institutions.edges.every((e) => e.node.typeInferred)).toBe(true);
  });

  it('walks every page once, in name order, with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await staff.ok<Page>(LIST, { first: 40, after });
      seen.push(...page.institutions.edges.map((e) => e.node.name));
      expect(page.institutions.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.institutions.pageInfo.hasNextPage ? page.institutions.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil(LCR_ROWS.length / 40));
    expect(new Set(seen).size).toBe(LCR_ROWS.length);
  });

  it('refuses a page size over the maximum and a cursor it did not make', async () => {
    expect(await staff.errorCode(LIST, { first: 1000 })).toBe('BAD_USER_INPUT');
    expect(await staff.errorCode(LIST, { first: 5, after: 'bogus' })).toBe('BAD_USER_INPUT');
  });

  it('filters by search (name or URN), local authority and hub status', async () => {
    const byUrn = await staff.ok<Page>(LIST, { filter: { search: '130622' } });
    expect(byUrn.institutions.edges.map((e) => e.node.name)).toEqual(['Riverside College Halton']);
    const byName = await staff.ok<Page>(LIST, { filter: { search: 'riverside college' } });
    expect(byName.institutions.totalCount).toBeGreaterThanOrEqual(1);
    const halton = LCR_ROWS.filter((row) => row.split(',')[2] === '876').length;
    const inHalton = await staff.ok<Page>(LIST, { filter: { laCode: '876' } });
    expect(inHalton.institutions.totalCount).toBe(halton);
    const notInHub = await staff.ok<Page>(LIST, { filter: { inHub: false } });
    expect(notInHub.institutions.totalCount).toBe(0);
  });

  it('refuses a file with bad rows whole, naming each line and why (a closed establishment is no refusal)', async () => {
    const before = await staff.ok<Page>(LIST, { first: 1 });
    const csv = [
      'urn,name,la_code,la_name,type,type_group,phase,status,low_age,high_age,postcode,town,pupils,fsm_percent,ukprn',
      '900001,Good New School,341,Liverpool,,,Secondary,Open,,,,,,20.5,',
      'abc,Bad Urn School,341,Liverpool,,,Secondary,Open,,,,,,,',
      '900002,Bad Fsm School,341,Liverpool,,,Secondary,Open,,,,,,140,',
      '900003,,341,Liverpool,,,Secondary,Open,,,,,,,',
      '900004,Closed School,341,Liverpool,,,Secondary,Closed,,,,,,,',
    ].join('\n');
    const res = await staff.request(IMPORT, { csv });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INSTITUTIONS_CSV_INVALID',
      fields: [
        {
          field: 'csv',
          messages: [
            'line 3: URN "abc" is not 5 to 7 digits',
            'line 4: FSM % "140" is not a number between 0 and 100',
            'line 5: name is missing',
          ],
        },
      ],
    });
    const after = await staff.ok<Page>(LIST, { first: 1 });
    expect(after.institutions.totalCount).toBe(before.institutions.totalCount);
  });

  it('changes nothing for a malformed file', async () => {
    const before = await staff.ok<Page>(LIST, { first: 1 });
    const csv = 'urn,name,phase\n900010,"Unclosed quote school,Secondary\n900011,Fine,Secondary\n';
    const res = await staff.request(IMPORT, { csv });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.reason).toBe('MALFORMED_CSV');
    const after = await staff.ok<Page>(LIST, { first: 1 });
    expect(after.institutions.totalCount).toBe(before.institutions.totalCount);
  });

  it('keeps a type staff corrected when a file can only infer one', async () => {
    const page = await staff.ok<Page>(LIST, { filter: { search: '130622' } });
    const id = page.institutions.edges[0].node.id;
    const UPDATE = `mutation ($id: ID!, $input: UpdateInstitutionInput!) { updateInstitution(id: $id, input: $input) { type typeInferred } }`;
    const updated = await staff.ok<{ updateInstitution: { type: string; typeInferred: boolean } }>(
      UPDATE,
      {
        id,
        input: { type: 'SEND' },
      },
    );
    expect(updated.updateInstitution).toEqual({ type: 'SEND', typeInferred: false });
    await staff.ok(IMPORT, { csv: LCR_CSV });
    const after = await staff.ok<Page>(LIST, { filter: { search: '130622' } });
    expect(after.institutions.edges[0].node).toMatchObject({ type: 'SEND', typeInferred: false });
  });

  it('creates institutions with validation and a unique URN per hub', async () => {
    const bad = await staff.request(CREATE, {
      input: { urn: '12', name: '', type: 'MAINSTREAM', fsmPercent: 120 },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'fsmPercent',
      'name',
      'urn',
    ]);
    const { createInstitution } = await staff.ok<{
      createInstitution: { inHub: boolean; eligible: boolean };
    }>(CREATE, {
      input: { urn: '999001', name: 'Hub Test Academy', type: 'MAINSTREAM' },
    });
    expect(createInstitution).toEqual(expect.objectContaining({ inHub: false, eligible: true }));
    expect(
      await staff.errorCode(CREATE, { input: { urn: '999001', name: 'Again', type: 'AP' } }),
    ).toBe('CONFLICT');
  });

  it('sets eligibility and hub membership, refusing an ineligible member', async () => {
    const page = await staff.ok<Page>(LIST, { filter: { search: '999001' } });
    const id = page.institutions.edges[0].node.id;
    const SET = `mutation ($id: ID!, $eligible: Boolean!, $inHub: Boolean!) {
      setInstitutionHubStatus(id: $id, eligible: $eligible, inHub: $inHub) { inHub eligible inHubSince } }`;
    const joined = await staff.ok<{
      setInstitutionHubStatus: { inHub: boolean; inHubSince: string };
    }>(SET, {
      id,
      eligible: true,
      inHub: true,
    });
    expect(joined.setInstitutionHubStatus.inHub).toBe(true);
    expect(joined.setInstitutionHubStatus.inHubSince).toBe(new Date().toISOString().slice(0, 10));
    expect(await staff.errorCode(SET, { id, eligible: false, inHub: true })).toBe('BAD_USER_INPUT');
    const still = await staff.ok<Page>(LIST, { filter: { search: '999001' } });
    expect(still.institutions.edges[0].node.inHub).toBe(true);
  });
});
