import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  CsvRefusedError,
  HubCsvImport,
  hubForWrite,
  ImportAction,
  ImportPlan,
} from '@chn/core';
import { hubInstitutionIdsByUrn, unknownUrns } from './csv-import';
import { FsqImportReport } from './compass.types';
import { parseFsqCsv } from './fsq-csv';

const HELD_SQL = `
  SELECT institution_id, academic_year, students FROM fsq_completions
  WHERE hub_id = $1 AND institution_id = ANY($2::uuid[])`;

const WRITE_SQL = `
  INSERT INTO fsq_completions AS f (hub_id, institution_id, academic_year, students)
  SELECT $1, r.institution_id, r.academic_year, r.students
  FROM jsonb_to_recordset($2::jsonb) AS r(institution_id uuid, academic_year varchar, students int)
  ON CONFLICT (institution_id, academic_year)
  DO UPDATE SET students = EXCLUDED.students, updated_at = now()`;

/**
 * Future Skills Questionnaire completions from CSV, all or nothing: a row sets the institution's
 * figure for the year; re-importing a file changes nothing.
 */
@Injectable()
export class FsqImportService extends HubCsvImport {
  protected readonly refusalReason = 'FSQ_CSV_INVALID';

  import(
    actor: Actor,
    csv: string,
    options: { hubId?: string | null; dryRun?: boolean } = {},
  ): Promise<FsqImportReport> {
    return this.importInto(hubForWrite(actor, options.hubId), csv, {
      dryRun: options.dryRun ?? false,
      actor,
    });
  }

  protected async plan(manager: EntityManager, hubId: string, csv: string): Promise<ImportPlan> {
    const records = parseFsqCsv(csv, this.clock.now());
    const byUrn = await hubInstitutionIdsByUrn(
      manager,
      hubId,
      records.map((r) => r.urn),
    );
    const problems = unknownUrns(records, byUrn);
    if (problems.length > 0) throw new CsvRefusedError(problems);
    const held: { institution_id: string; academic_year: string; students: number }[] =
      await manager.query(HELD_SQL, [hubId, [...byUrn.values()]]);
    const heldStudents = new Map(
      held.map((f) => [`${f.institution_id}|${f.academic_year}`, f.students]),
    );
    const toWrite: { institution_id: string; academic_year: string; students: number }[] = [];
    const outcomes = records.map((record) => {
      const institutionId = byUrn.get(record.urn)!;
      const before = heldStudents.get(`${institutionId}|${record.academicYear}`);
      if (before !== record.students) {
        toWrite.push({
          institution_id: institutionId,
          academic_year: record.academicYear,
          students: record.students,
        });
      }
      return {
        line: record.line,
        key: `${record.urn} ${record.academicYear}`,
        action:
          before === undefined
            ? ImportAction.CREATED
            : before !== record.students
              ? ImportAction.UPDATED
              : ImportAction.UNCHANGED,
        changes: before !== undefined && before !== record.students ? 'students' : null,
      };
    });
    return {
      outcomes,
      write: async (writer) => {
        if (toWrite.length > 0) await writer.query(WRITE_SQL, [hubId, JSON.stringify(toWrite)]);
      },
    };
  }
}
