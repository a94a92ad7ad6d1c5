import { InstitutionRecord } from './gias-csv';
import { HubStatusColumns } from './institution-status-csv';
import { InstitutionType } from './institution-type';

/** An institution's imported columns as the table holds them. */
export interface InstitutionRow {
  id: string | null;
  urn: string;
  ukprn: string | null;
  name: string;
  type: InstitutionType;
  type_inferred: boolean;
  phase: string | null;
  la_code: string | null;
  la_name: string | null;
  postcode: string | null;
  town: string | null;
  pupils: number | null;
  fsm_percent: number | null;
  eligible: boolean;
  in_hub_since: string | null;
  compass_plus: boolean;
}

/** The columns an import may change, in the order a row's changes are listed. */
export const IMPORTED_COLUMNS = [
  'name',
  'ukprn',
  'type',
  'type_inferred',
  'phase',
  'la_code',
  'la_name',
  'postcode',
  'town',
  'pupils',
  'fsm_percent',
  'eligible',
  'in_hub_since',
  'compass_plus',
] as const;

/**
 * The institution as a GIAS row (and its hub status columns, when the file has them) leaves it.
 * Enrichment columns keep what the hub holds when the file has nothing; a type staff set by hand
 * is not overwritten by a type the file only lets us infer. A new institution joins the hub on
 * `joinsOn` (the "mark in hub" option) unless the file says otherwise.
 */
export function importedInstitution(
  record: InstitutionRecord,
  held: InstitutionRow | null,
  status: HubStatusColumns | null,
  joinsOn: string | null,
): InstitutionRow {
  const keepsHeldType = record.typeInferred && held !== null && !held.type_inferred;
  return {
    id: held?.id ?? null,
    urn: record.urn,
    name: record.name,
    ukprn: record.ukprn ?? held?.ukprn ?? null,
    type: keepsHeldType ? held.type : record.type,
    type_inferred: record.typeInferred && (held?.type_inferred ?? true),
    phase: record.phase ?? held?.phase ?? null,
    la_code: record.laCode ?? held?.la_code ?? null,
    la_name: record.laName ?? held?.la_name ?? null,
    postcode: record.postcode ?? held?.postcode ?? null,
    town: record.town ?? held?.town ?? null,
    pupils: record.pupils ?? held?.pupils ?? null,
    fsm_percent: record.fsmPercent ?? held?.fsm_percent ?? null,
    eligible: status?.eligible ?? held?.eligible ?? true,
    in_hub_since:
      status?.inHubSince !== undefined ? status.inHubSince : held ? held.in_hub_since : joinsOn,
    compass_plus: status?.compassPlus ?? held?.compass_plus ?? false,
  };
}

/** The columns whose values differ between what is held and what the import leaves. */
export function changedColumns(held: InstitutionRow, after: InstitutionRow): string[] {
  return IMPORTED_COLUMNS.filter((column) => (held[column] ?? null) !== (after[column] ?? null));
}
