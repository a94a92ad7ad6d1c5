import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import {
  Actor,
  canReadHub,
  DomainError,
  HUB_TEAM,
  hubForWrite,
  readableHubs,
  recordAudit,
} from '@chn/core';
import { EmployerEntity } from '../entities/employer.entity';
import {
  SectorGroupEntity,
  SectorGroupJoinRequestEntity,
  SectorGroupMemberEntity,
} from '../entities/sector-group.entity';
import { EmployersService } from '../employers.service';
import { asEmployerNetworkConflict } from '../unique-violation';
import { CreateSectorGroupInput, SectorGroupMemberArgs } from '../graphql/employer.inputs';

@Injectable()
export class SectorGroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(SectorGroupEntity) private readonly groups: Repository<SectorGroupEntity>,
    @InjectRepository(SectorGroupMemberEntity)
    private readonly members: Repository<SectorGroupMemberEntity>,
    private readonly employers: EmployersService,
  ) {}

  list(actor: Actor, requestedHubId?: string): Promise<SectorGroupEntity[]> {
    const scope = readableHubs(actor, requestedHubId);
    return this.groups.find({ where: scope ? { hubId: In(scope) } : {}, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<SectorGroupEntity> {
    const group = await this.groups.findOneBy({ id });
    if (!group || !canReadHub(actor, group.hubId)) throw DomainError.notFound('sector group', id);
    return group;
  }

  async create(actor: Actor, input: CreateSectorGroupInput): Promise<SectorGroupEntity> {
    const hubId = hubForWrite(actor, input.hubId);
    const name = input.name.trim();
    if (await this.groups.existsBy({ hubId, name })) {
      throw DomainError.conflict(
        'SECTOR_GROUP_NAME_TAKEN',
        `A sector group called ${name} already exists`,
      );
    }
    return this.db
      .transaction(async (manager) => {
        const group = await manager.save(
          manager.create(SectorGroupEntity, {
            hubId,
            name,
            description: input.description?.trim() || null,
          }),
        );
        await recordAudit(manager, actor, {
          hubId,
          entityType: 'sector_group',
          entityId: group.id,
          action: 'created',
          changes: { name: group.name, description: group.description },
        });
        return group;
      })
      .catch((error: unknown) => {
        throw asEmployerNetworkConflict(error);
      });
  }

  async addEmployer(actor: Actor, args: SectorGroupMemberArgs): Promise<SectorGroupEntity> {
    const { group, employer } = await this.pair(actor, args);
    await this.db.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(SectorGroupMemberEntity)
        .values({ sectorGroupId: group.id, employerId: employer.id })
        .orIgnore()
        .execute();
      await manager.delete(SectorGroupJoinRequestEntity, {
        sectorGroupId: group.id,
        employerId: employer.id,
      });
      await recordAudit(manager, actor, {
        hubId: group.hubId,
        entityType: 'employer',
        entityId: employer.id,
        action: 'sector_group_joined',
        changes: { sectorGroupId: group.id, sectorGroup: group.name },
      });
    });
    return group;
  }

  async removeEmployer(actor: Actor, args: SectorGroupMemberArgs): Promise<SectorGroupEntity> {
    const { group, employer } = await this.pair(actor, args);
    await this.db.transaction(async (manager) => {
      const refused = await manager.delete(SectorGroupJoinRequestEntity, {
        sectorGroupId: group.id,
        employerId: employer.id,
      });
      if (refused.affected) {
        await recordAudit(manager, actor, {
          hubId: group.hubId,
          entityType: 'employer',
          entityId: employer.id,
          action: 'sector_group_request_refused',
          changes: { sectorGroupId: group.id, sectorGroup: group.name },
        });
      }
      const result = await manager.delete(SectorGroupMemberEntity, {
        sectorGroupId: group.id,
        employerId: employer.id,
      });
      if (result.affected) {
        await recordAudit(manager, actor, {
          hubId: group.hubId,
          entityType: 'employer',
          entityId: employer.id,
          action: 'sector_group_left',
          changes: { sectorGroupId: group.id, sectorGroup: group.name },
        });
      }
    });
    return group;
  }

  /**
   * An employer contact asks for their employer to join a sector group of its hub; hub staff
   * approve with `addEmployer` (or turn it down with `removeEmployer`). Asking again, or asking
   * for a group the employer is already in, changes nothing.
   */
  async requestToJoin(actor: Actor, sectorGroupId: string): Promise<SectorGroupEntity> {
    if (!actor.employerId) {
      throw DomainError.forbidden('Only an employer’s own contacts can ask', 'NOT_YOUR_EMPLOYER');
    }
    const group = await this.get(actor, sectorGroupId);
    const employer = await this.employers.assertCanActFor(actor, actor.employerId);
    if (employer.hubId !== group.hubId) throw DomainError.notFound('sector group', sectorGroupId);
    const pair = { sectorGroupId: group.id, employerId: employer.id };
    if (await this.members.existsBy(pair)) return group;
    await this.db.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO sector_group_join_requests (sector_group_id, employer_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING employer_id`,
        [group.id, employer.id],
      );
      if (!inserted.length) return;
      await recordAudit(manager, actor, {
        hubId: group.hubId,
        entityType: 'employer',
        entityId: employer.id,
        action: 'sector_group_requested',
        changes: { sectorGroupId: group.id, sectorGroup: group.name },
      });
    });
    return group;
  }

  /** Employers waiting to join each group, by name: for the hub team only, empty for others. */
  async requestsByGroupIds(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, EmployerEntity[]>> {
    const byGroup = new Map<string, EmployerEntity[]>(ids.map((id) => [id, []]));
    if (!HUB_TEAM.includes(actor.role)) return byGroup;
    const rows = await this.db.getRepository(SectorGroupJoinRequestEntity).find({
      where: { sectorGroupId: In([...ids]) },
      relations: { employer: true },
      order: { employer: { name: 'ASC' } },
    });
    for (const row of rows) if (row.employer) byGroup.get(row.sectorGroupId)?.push(row.employer);
    return byGroup;
  }

  /** The groups the actor's own employer has asked to join and waits for. */
  async requestedGroupIds(actor: Actor): Promise<Set<string>> {
    if (!actor.employerId) return new Set();
    const rows = await this.db
      .getRepository(SectorGroupJoinRequestEntity)
      .findBy({ employerId: actor.employerId });
    return new Set(rows.map((row) => row.sectorGroupId));
  }

  async employersByGroupIds(ids: readonly string[]): Promise<Map<string, EmployerEntity[]>> {
    const rows = await this.members.find({
      where: { sectorGroupId: In([...ids]) },
      relations: { employer: true },
      order: { employer: { name: 'ASC' } },
    });
    const byGroup = new Map<string, EmployerEntity[]>(ids.map((id) => [id, []]));
    for (const row of rows) if (row.employer) byGroup.get(row.sectorGroupId)?.push(row.employer);
    return byGroup;
  }

  async groupsByEmployerIds(ids: readonly string[]): Promise<Map<string, SectorGroupEntity[]>> {
    const rows = await this.members.find({
      where: { employerId: In([...ids]) },
      relations: { sectorGroup: true },
      order: { sectorGroup: { name: 'ASC' } },
    });
    const byEmployer = new Map<string, SectorGroupEntity[]>(ids.map((id) => [id, []]));
    for (const row of rows)
      if (row.sectorGroup) byEmployer.get(row.employerId)?.push(row.sectorGroup);
    return byEmployer;
  }

  async countsByGroupIds(ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; count: number }[] = await this.db.query(
      `SELECT g.id, count(m.employer_id)::int AS count FROM unnest($1::uuid[]) AS g(id)
       LEFT JOIN sector_group_members m ON m.sector_group_id = g.id GROUP BY g.id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.count]));
  }

  private async pair(actor: Actor, args: SectorGroupMemberArgs) {
    const group = await this.get(actor, args.sectorGroupId);
    hubForWrite(actor, group.hubId);
    const employer = await this.employers.get(actor, args.employerId);
    if (employer.hubId !== group.hubId) throw DomainError.notFound('employer', args.employerId);
    return { group, employer };
  }
}
