import { parseInstitutionsCsv } from './gias-csv';
import { changedColumns, importedInstitution, InstitutionRow } from './imported-institution';
import { InstitutionType } from './institution-type';

const [record] = parseInstitutionsCsv(
  'urn,name,phase,fsm_percent,in_hub_since,compass_plus\r\n104742,Clifford Holroyde School,Not applicable,,01/09/2021,Yes\r\n',
  '2026-01-01',
).records;

const held: InstitutionRow = {
  id: 'b5b6e3f0-0000-4000-8000-000000000001',
  urn: '104742',
  ukprn: '10012345',
  name: 'Clifford Holroyde',
  type: InstitutionType.AP,
  type_inferred: false,
  phase: 'Not applicable',
  la_code: '341',
  la_name: 'Liverpool',
  postcode: null,
  town: null,
  pupils: 120,
  fsm_percent: 68.3,
  eligible: true,
  in_hub_since: null,
  compass_plus: false,
};

describe('importedInstitution', () => {
  it('reads the hub status columns with the GIAS row, dates as Excel writes them', () => {
    expect(record.hubStatus).toEqual({ inHubSince: '2021-09-01', compassPlus: true });
  });

  it('keeps what the file leaves blank and a type staff set over an inferred one', () => {
    const after = importedInstitution(record, held, record.hubStatus ?? null, null);
    expect(after).toMatchObject({
      id: held.id,
      name: 'Clifford Holroyde School',
      type: InstitutionType.AP,
      type_inferred: false,
      ukprn: '10012345',
      fsm_percent: 68.3,
      eligible: true,
      in_hub_since: '2021-09-01',
      compass_plus: true,
    });
    expect(changedColumns(held, after)).toEqual(['name', 'in_hub_since', 'compass_plus']);
    expect(changedColumns(after, importedInstitution(record, after, null, null))).toEqual([]);
  });

  it('takes the inferred type for a new institution, joining the hub on the day given', () => {
    expect(importedInstitution(record, null, null, '2026-01-01')).toMatchObject({
      id: null,
      type: InstitutionType.SEND,
      type_inferred: true,
      eligible: true,
      in_hub_since: '2026-01-01',
      compass_plus: false,
    });
  });

  it('refuses a join date in the future with the row', () => {
    const { rejected } = parseInstitutionsCsv(
      'urn,name,in_hub_since\n104742,Clifford Holroyde School,2026-01-02\n',
      '2026-01-01',
    );
    expect(rejected).toEqual([
      { line: 2, urn: '104742', reason: 'in_hub_since 2026-01-02 is in the future' },
    ]);
  });
});
