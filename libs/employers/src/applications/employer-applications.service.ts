import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, DomainError, Role, recordAudit, recordEvent } from '@chn/core';
import { ApplicantInvitations, HubsService, PublicFormThrottleService } from '@chn/identity';
import { EmployerApplicationEntity } from '../entities/employer-application.entity';
import { EmployerContactEntity } from '../entities/employer-contact.entity';
import { EmployerEntity } from '../entities/employer.entity';
import { MembershipStatus } from '../entities/employer.enums';
import { MembershipEntity } from '../entities/membership.entity';
import { SectorGroupEntity } from '../entities/sector-group.entity';
import { ApplyToJoinNetworkInput } from '../graphql/employer-application.graphql';

/**
 * Applications from the public form to join a hub's employer network. An application is an
 * employer with a PENDING membership and the contact who applied; hub staff decide it with the
 * membership's own approve and withdraw, and approval invites the contact
 * (`ApplicantInvitations`).
 */
@Injectable()
export class EmployerApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hubs: HubsService,
    private readonly throttle: PublicFormThrottleService,
    private readonly invitations: ApplicantInvitations,
  ) {}

  /**
   * Records an application. The answer is the same whether or not the address is known, and a
   * second application from the same address while the first is open changes nothing.
   */
  async apply(input: ApplyToJoinNetworkInput, address: string | undefined): Promise<void> {
    await this.throttle.consume(address);
    const hub = await this.hubs.requireByCode(input.hubCode);
    const contactEmail = input.contactEmail.trim().toLowerCase();
    const sectorGroupIds = [...new Set(input.sectorGroupIds ?? [])];
    await this.db
      .transaction(async (manager) => {
        await this.assertSectorGroupsOfHub(manager, hub.id, sectorGroupIds);
        if (await this.openApplication(manager, hub.id, contactEmail)) return;
        const employer = await manager.save(
          manager.create(EmployerEntity, {
            hubId: hub.id,
            name: input.organisationName.trim(),
            sector: input.sector.trim(),
            sizeBand: input.sizeBand,
            website: input.website ?? null,
          }),
        );
        const membership = await manager.save(
          manager.create(MembershipEntity, {
            hubId: hub.id,
            employerId: employer.id,
            status: MembershipStatus.PENDING,
            appliedAt: new Date(),
          }),
        );
        const application = await manager.save(
          manager.create(EmployerApplicationEntity, {
            hubId: hub.id,
            employerId: employer.id,
            membershipId: membership.id,
            contactName: input.contactName.trim(),
            contactEmail,
            contactPhone: input.phone ?? null,
            sectorGroupIds,
          }),
        );
        await recordAudit(manager, null, {
          hubId: hub.id,
          entityType: 'membership',
          entityId: membership.id,
          action: 'applied',
          changes: { status: MembershipStatus.PENDING, organisation: employer.name, contactEmail },
        });
        await recordEvent(manager, null, {
          type: 'employer.applied',
          hubId: hub.id,
          aggregateType: 'membership',
          aggregateId: membership.id,
          payload: this.payload(application, employer.name),
        });
      })
      .catch((error: unknown) => {
        // A concurrent identical application won the race: the same answer as a duplicate.
        if ((error as { code?: string }).code === '23505') return;
        throw error;
      });
  }

  /** A hub's sector groups, id and name only, for the public form. */
  async sectorGroupsOf(hubCode: string): Promise<{ id: string; name: string }[]> {
    const hub = await this.hubs.requireByCode(hubCode);
    return this.db.manager.find(SectorGroupEntity, {
      select: { id: true, name: true },
      where: { hubId: hub.id },
      order: { name: 'ASC' },
    });
  }

  /** Applications by membership id, for the Membership.application field. */
  findByMembershipIds(ids: readonly string[]): Promise<EmployerApplicationEntity[]> {
    return this.db.manager.findBy(EmployerApplicationEntity, { membershipId: In([...ids]) });
  }

  /** Runs in the transaction that approves a membership: invites an application's contact. */
  async onApproved(manager: EntityManager, actor: Actor, membership: MembershipEntity) {
    const application = await this.decide(manager, membership);
    if (!application) return;
    const employer = await manager.findOneByOrFail(EmployerEntity, { id: membership.employerId });
    await recordEvent(manager, actor, {
      type: 'employer.application_approved',
      hubId: membership.hubId,
      aggregateType: 'membership',
      aggregateId: membership.id,
      payload: this.payload(application, employer.name),
    });
    const userId = await this.invitations.invite(manager, actor, {
      hubId: membership.hubId,
      role: Role.EMPLOYER,
      email: application.contactEmail,
      name: application.contactName,
      employerId: membership.employerId,
    });
    if (userId) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(EmployerContactEntity)
        .values({ userId, employerId: membership.employerId })
        .orIgnore()
        .execute();
    }
  }

  /** Runs in the transaction that withdraws (declines) or lapses a membership. */
  async onEnded(manager: EntityManager, membership: MembershipEntity): Promise<void> {
    await this.decide(manager, membership);
  }

  private async decide(manager: EntityManager, membership: MembershipEntity) {
    const application = await manager.findOneBy(EmployerApplicationEntity, {
      membershipId: membership.id,
    });
    if (!application || application.decidedAt) return null;
    await manager.update(
      EmployerApplicationEntity,
      { id: application.id },
      { decidedAt: new Date() },
    );
    return application;
  }

  private openApplication(manager: EntityManager, hubId: string, contactEmail: string) {
    return manager
      .createQueryBuilder(EmployerApplicationEntity, 'a')
      .where('a.hub_id = :hubId AND a.contact_email = :contactEmail AND a.decided_at IS NULL', {
        hubId,
        contactEmail,
      })
      .getExists();
  }

  private async assertSectorGroupsOfHub(manager: EntityManager, hubId: string, ids: string[]) {
    if (!ids.length) return;
    const found = await manager.countBy(SectorGroupEntity, { hubId, id: In(ids) });
    if (found !== ids.length) {
      throw DomainError.validation(
        'UNKNOWN_SECTOR_GROUP',
        'sectorGroupIds must name sector groups of the hub',
        [{ field: 'sectorGroupIds', messages: ['not a sector group of this hub'] }],
      );
    }
  }

  private payload(application: EmployerApplicationEntity, organisationName: string) {
    return {
      applicationId: application.id,
      employerId: application.employerId,
      membershipId: application.membershipId,
      organisationName,
      contactName: application.contactName,
      contactEmail: application.contactEmail,
    };
  }
}
