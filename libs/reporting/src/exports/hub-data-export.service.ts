import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { Actor, recordAudit, toCsv } from '@chn/core';
import { reportedHubOf } from '../reporting-access';
import { HUB_DATA_FILES } from './hub-data-files';
import { HubDataExport } from './hub-data-export.types';

type Cell = string | number | null;

/** All of a hub's data as one zip archive of CSVs, recorded in the hub's audit trail. */
@Injectable()
export class HubDataExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async export(actor: Actor, hubId?: string | null): Promise<HubDataExport> {
    const hub = await reportedHubOf(this.db, actor, hubId);
    const [{ code }] = await this.db.query<{ code: string }[]>(
      'SELECT code FROM hubs WHERE id = $1',
      [hub],
    );
    const files: Record<string, Uint8Array> = {};
    await this.db.transaction('REPEATABLE READ', async (manager) => {
      for (const file of HUB_DATA_FILES) {
        const rows = await manager.query<Record<string, Cell>[]>(file.sql, [hub]);
        files[file.name] = strToU8(
          toCsv([file.columns, ...rows.map((row) => file.columns.map((column) => row[column]))]),
        );
      }
      await recordAudit(manager, actor, {
        hubId: hub,
        entityType: 'export',
        entityId: hub,
        action: 'exported',
        changes: { report: 'hub-data', files: Object.keys(files), via: 'api' },
      });
    });
    const today = new Date().toISOString().slice(0, 10);
    return {
      fileName: `${code.toLowerCase()}-hub-data-${today}.zip`,
      zipBase64: Buffer.from(zipSync(files)).toString('base64'),
    };
  }
}
