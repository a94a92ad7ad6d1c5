import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  Clock,
  ConnectionShape,
  diff,
  DomainError,
  Filterable,
  hubForWrite,
  leanQuery,
  PageOptions,
  paginate,
  readableHubs,
  recordAudit,
  whereInHubs,
} from '@chn/core';
import { EmployersService, MembershipsService } from '@chn/employers';
import { recordBookingEvent } from './booking-events';
import { KEY_STAGE_YEARS } from './domain/key-stage';
import { assertOpportunityDates } from './domain/opportunity-dates';
import { isPlacement, needsApproval } from './domain/placement-approval';
import { HubApprovalSettings } from './approval/hub-approval-settings.service';
import {
  BookingStatus,
  HOLDING_STATUSES,
  MeaningfulCriterion,
  OPEN_BOOKING_STATUSES,
  OpportunityStatus,
} from './domain/opportunity.enums';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import {
  CreateOpportunityInput,
  OpportunitiesArgs,
  OpportunityFilter,
  UpdateOpportunityInput,
} from './graphql/opportunity.inputs';
import { employerActedFor } from './employer-for';
import { recordOpportunityAudit } from './opportunity-audit';
import { assertOpportunityStatus, lockManageableOpportunity } from './opportunity-lock';
import { OpportunityPublication } from './opportunity-publication';
import { whereOpportunityVisible } from './opportunity-visibility';
import { PlaceLedger } from './place-ledger';

/** Fields of an opportunity that may be cleared with null. */
const CLEARABLE = new Set<string>(['location']);

const EDITABLE = [OpportunityStatus.DRAFT, OpportunityStatus.PUBLISHED];
const CANCELLABLE = [
  OpportunityStatus.DRAFT,
  OpportunityStatus.PENDING_APPROVAL,
  OpportunityStatus.PUBLISHED,
  OpportunityStatus.CLOSED,
];

/** Snapshot of the fields the audit trail follows. */
function auditView(o: OpportunityEntity): Record<string, unknown> {
  return {
    employerId: o.employerId,
    kind: o.kind,
    title: o.title,
    description: o.description,
    tier: o.tier,
    sector: o.sector,
    yearGroups: o.yearGroups,
    deliveryMode: o.deliveryMode,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    lengthDays: o.lengthDays,
    totalPlaces: o.totalPlaces,
    sendFriendly: o.sendFriendly,
    meaningfulCriteria: o.meaningfulCriteria,
    location: o.location,
    atEmployerPremises: o.atEmployerPremises,
    status: o.status,
  };
}

const sortedYears = (years: number[]) => [...new Set(years)].sort((a, b) => a - b);
const orderedCriteria = (criteria: MeaningfulCriterion[]) =>
  Object.values(MeaningfulCriterion).filter((c) => criteria.includes(c));

@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employers: EmployersService,
    private readonly memberships: MembershipsService,
    private readonly ledger: PlaceLedger,
    private readonly clock: Clock,
    private readonly publication: OpportunityPublication,
    private readonly approvalSettings: HubApprovalSettings,
  ) {}

  async list(
    actor: Actor,
    args: OpportunitiesArgs,
    options?: PageOptions,
  ): Promise<ConnectionShape<OpportunityEntity>> {
    const filter = args.filter ?? {};
    const query = whereOpportunityVisible(
      leanQuery(this.db.getRepository(OpportunityEntity), 'o'),
      'o',
      actor,
      filter.hubId,
    );
    this.applyFilter(query, filter);
    return paginate(
      query,
      args,
      {
        sortExpression: 'o.starts_on',
        sortValue: (o) => o.startsOn,
        idExpression: 'o.id',
        id: (o) => o.id,
      },
      options,
    );
  }

  async get(actor: Actor, id: string): Promise<OpportunityEntity> {
    const query = this.db.getRepository(OpportunityEntity).createQueryBuilder('o');
    const opportunity = await whereOpportunityVisible(query, 'o', actor)
      .andWhere('o.id = :id', { id })
      .getOne();
    if (!opportunity) throw DomainError.notFound('opportunity', id);
    return opportunity;
  }

  /** The opportunities among `ids` the actor may see: for DataLoaders. */
  findVisibleByIds(actor: Actor, ids: readonly string[]): Promise<OpportunityEntity[]> {
    const query = this.db.getRepository(OpportunityEntity).createQueryBuilder('o');
    return whereOpportunityVisible(query, 'o', actor)
      .andWhere('o.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Places held (REQUESTED and CONFIRMED bookings) per opportunity, in one query. */
  async placesHeld(ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { opportunity_id: string; held: number }[] = await this.db.query(
      `SELECT opportunity_id, SUM(places)::int AS held FROM bookings
       WHERE opportunity_id = ANY($1::uuid[]) AND status = ANY($2::booking_status[])
       GROUP BY opportunity_id`,
      [ids, HOLDING_STATUSES],
    );
    return new Map(rows.map((row) => [row.opportunity_id, row.held]));
  }

  /**
   * Published opportunities still taking requests (not yet started), of employers in each
   * sector group, in one query: for the SectorGroup.openOpportunities loader.
   */
  async openBySectorGroup(
    actor: Actor,
    sectorGroupIds: readonly string[],
  ): Promise<Map<string, OpportunityEntity[]>> {
    const query = this.db
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .innerJoin('sector_group_members', 'm', 'm.employer_id = o.employer_id')
      .addSelect('m.sector_group_id', 'sector_group_id')
      .where('m.sector_group_id = ANY(:sectorGroupIds)', { sectorGroupIds })
      .andWhere('o.status = :published', { published: OpportunityStatus.PUBLISHED })
      .andWhere('o.starts_on > :today', { today: this.clock.today() })
      .orderBy('o.starts_on', 'ASC')
      .addOrderBy('o.id', 'ASC');
    const scope = readableHubs(actor);
    whereInHubs(query, 'o.hub_id', scope);
    const { raw, entities } = await query.getRawAndEntities<{
      o_id: string;
      sector_group_id: string;
    }>();
    const byId = new Map(entities.map((o) => [o.id, o]));
    const result = new Map<string, OpportunityEntity[]>();
    for (const row of raw) {
      const opportunity = byId.get(row.o_id);
      if (!opportunity) continue;
      result.set(row.sector_group_id, [...(result.get(row.sector_group_id) ?? []), opportunity]);
    }
    return result;
  }

  async create(actor: Actor, input: CreateOpportunityInput): Promise<OpportunityEntity> {
    const employer = await employerActedFor(this.employers, actor, input.employerId);
    hubForWrite(actor, employer.hubId);
    assertOpportunityDates(input, this.clock.today(), { startSet: true });
    return this.db.transaction(async (manager) => {
      await this.memberships.assertActive(employer.id, manager);
      const opportunity = manager.create(OpportunityEntity, {
        hubId: employer.hubId,
        employerId: employer.id,
        kind: input.kind,
        title: input.title.trim(),
        description: input.description.trim(),
        tier: input.tier,
        sector: input.sector.trim(),
        yearGroups: sortedYears(input.yearGroups),
        deliveryMode: input.deliveryMode,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        lengthDays: input.lengthDays,
        totalPlaces: input.totalPlaces,
        placesHeld: 0,
        sendFriendly: input.sendFriendly ?? false,
        meaningfulCriteria: orderedCriteria(input.meaningfulCriteria ?? []),
        location: input.location?.trim() || null,
        atEmployerPremises: input.atEmployerPremises ?? false,
        status: OpportunityStatus.DRAFT,
        publishedAt: null,
      });
      const saved = await manager.save(opportunity);
      await recordOpportunityAudit(manager, actor, saved, 'created', auditView(saved));
      return saved;
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateOpportunityInput,
  ): Promise<OpportunityEntity> {
    const cleared = Object.entries(input)
      .filter(([key, value]) => value === null && !CLEARABLE.has(key))
      .map(([key]) => key);
    if (cleared.length) {
      throw DomainError.validation(
        'INVALID_INPUT',
        `${cleared.join(', ')} cannot be cleared`,
        cleared.map((field) => ({ field, messages: [`${field} cannot be null`] })),
      );
    }
    return this.db.transaction(async (manager) => {
      const opportunity = await lockManageableOpportunity(manager, actor, id);
      if (!EDITABLE.includes(opportunity.status)) {
        throw DomainError.conflict(
          'OPPORTUNITY_NOT_EDITABLE',
          `A ${opportunity.status} opportunity cannot be changed`,
        );
      }
      const before = auditView(opportunity);
      const next: OpportunityEntity = Object.assign(new OpportunityEntity(), opportunity);
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
      }
      if (input.yearGroups) next.yearGroups = sortedYears(input.yearGroups);
      if (input.meaningfulCriteria) {
        next.meaningfulCriteria = orderedCriteria(input.meaningfulCriteria);
      }
      if (typeof input.title === 'string') next.title = input.title.trim();
      if (typeof input.description === 'string') next.description = input.description.trim();
      if (typeof input.sector === 'string') next.sector = input.sector.trim();
      if (input.location !== undefined) next.location = input.location?.trim() || null;
      assertOpportunityDates(next, this.clock.today(), {
        startSet: next.startsOn !== opportunity.startsOn,
      });
      if (
        opportunity.status === OpportunityStatus.PUBLISHED &&
        isPlacement(next) &&
        !isPlacement(opportunity)
      ) {
        throw DomainError.conflict(
          'APPROVAL_REQUIRED',
          'A published opportunity cannot become a placement (tier 3 or at the employer’s premises) without the hub’s approval: offer the placement as a new opportunity',
        );
      }
      const held = await this.ledger.heldPlaces(manager, id);
      if (next.totalPlaces < held) {
        throw DomainError.conflict(
          'PLACES_BELOW_HELD',
          `${held} places are already held: total places cannot go below that`,
        );
      }
      const changes = diff(before, auditView(next));
      if (Object.keys(changes).length === 0) return opportunity;
      await manager.update(
        OpportunityEntity,
        { id },
        {
          kind: next.kind,
          title: next.title,
          description: next.description,
          tier: next.tier,
          sector: next.sector,
          yearGroups: next.yearGroups,
          deliveryMode: next.deliveryMode,
          startsOn: next.startsOn,
          endsOn: next.endsOn,
          lengthDays: next.lengthDays,
          totalPlaces: next.totalPlaces,
          sendFriendly: next.sendFriendly,
          meaningfulCriteria: next.meaningfulCriteria,
          location: next.location,
          atEmployerPremises: next.atEmployerPremises,
        },
      );
      await recordOpportunityAudit(manager, actor, opportunity, 'updated', changes);
      const updated = await manager.findOneByOrFail(OpportunityEntity, { id });
      if (updated.totalPlaces > opportunity.totalPlaces) {
        await this.ledger.promoteWaitingList(manager, actor, updated);
      }
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  /** Publishes a DRAFT that needs no approval; one that does must be submitted instead. */
  async publish(actor: Actor, id: string): Promise<OpportunityEntity> {
    return this.db.transaction(async (manager) => {
      const opportunity = await lockManageableOpportunity(manager, actor, id);
      assertOpportunityStatus(opportunity, [OpportunityStatus.DRAFT], 'published');
      const hubRequires = await this.approvalSettings.approvalRequired(opportunity.hubId, manager);
      if (needsApproval(opportunity, hubRequires)) {
        throw DomainError.conflict(
          'APPROVAL_REQUIRED',
          isPlacement(opportunity)
            ? 'A placement (tier 3 or at the employer’s premises) needs the hub’s approval: submit it with submitOpportunity'
            : 'This hub approves every opportunity before it is published: submit it with submitOpportunity',
        );
      }
      await this.publication.publish(manager, actor, opportunity, 'published');
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  async close(actor: Actor, id: string): Promise<OpportunityEntity> {
    return this.db.transaction(async (manager) => {
      const opportunity = await lockManageableOpportunity(manager, actor, id);
      assertOpportunityStatus(opportunity, [OpportunityStatus.PUBLISHED], 'closed');
      await manager.update(OpportunityEntity, { id }, { status: OpportunityStatus.CLOSED });
      await recordOpportunityAudit(manager, actor, opportunity, 'closed', {
        status: { from: opportunity.status, to: OpportunityStatus.CLOSED },
      });
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  /** Cancels the opportunity and every booking still open on it. */
  async cancel(actor: Actor, id: string): Promise<OpportunityEntity> {
    return this.db.transaction(async (manager) => {
      const opportunity = await lockManageableOpportunity(manager, actor, id);
      assertOpportunityStatus(opportunity, CANCELLABLE, 'cancelled');
      const delivered = await manager
        .createQueryBuilder(BookingEntity, 'b')
        .where('b.opportunity_id = :id AND b.attendance_recorded_at IS NOT NULL', { id })
        .getExists();
      if (delivered) {
        throw DomainError.conflict(
          'OPPORTUNITY_DELIVERED',
          'Attendance has been recorded on this opportunity: it cannot be cancelled',
        );
      }
      const open = await manager
        .createQueryBuilder(BookingEntity, 'b')
        .where('b.opportunity_id = :id AND b.status = ANY(:open)', {
          id,
          open: OPEN_BOOKING_STATUSES,
        })
        .orderBy('b.created_at')
        .getMany();
      const reason = 'The opportunity was cancelled';
      for (const booking of open) {
        await manager.update(
          BookingEntity,
          { id: booking.id },
          { status: BookingStatus.CANCELLED, statusReason: reason },
        );
        await recordBookingEvent(manager, actor, booking, {
          type: 'booking.cancelled',
          status: BookingStatus.CANCELLED,
          reason,
        });
        await recordAudit(manager, actor, {
          hubId: booking.hubId,
          entityType: 'booking',
          entityId: booking.id,
          action: 'cancelled',
          changes: {
            status: { from: booking.status, to: BookingStatus.CANCELLED },
            statusReason: { from: booking.statusReason, to: reason },
          },
        });
      }
      await manager.update(
        OpportunityEntity,
        { id },
        { status: OpportunityStatus.CANCELLED, placesHeld: 0 },
      );
      await recordOpportunityAudit(manager, actor, opportunity, 'cancelled', {
        status: { from: opportunity.status, to: OpportunityStatus.CANCELLED },
        bookingsCancelled: open.length,
      });
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  private applyFilter(query: Filterable, filter: OpportunityFilter): void {
    if (filter.tiers?.length) query.andWhere('o.tier = ANY(:tiers)', { tiers: filter.tiers });
    if (filter.kinds?.length) query.andWhere('o.kind = ANY(:kinds)', { kinds: filter.kinds });
    if (filter.statuses?.length) {
      query.andWhere('o.status = ANY(:statuses)', { statuses: filter.statuses });
    }
    if (filter.sector?.trim()) {
      query.andWhere('lower(o.sector) = lower(:sector)', { sector: filter.sector.trim() });
    }
    if (filter.employerId) {
      query.andWhere('o.employer_id = :employerId', { employerId: filter.employerId });
    }
    if (filter.sectorGroupId) {
      query.andWhere(
        'o.employer_id IN (SELECT m.employer_id FROM sector_group_members m WHERE m.sector_group_id = :sectorGroupId)',
        { sectorGroupId: filter.sectorGroupId },
      );
    }
    if (filter.yearGroup !== undefined && filter.yearGroup !== null) {
      query.andWhere(':yearGroup = ANY(o.year_groups)', { yearGroup: filter.yearGroup });
    }
    if (filter.keyStage) {
      query.andWhere('o.year_groups && :keyStageYears::int[]', {
        keyStageYears: KEY_STAGE_YEARS[filter.keyStage],
      });
    }
    if (filter.startsFrom) {
      query.andWhere('o.starts_on >= :startsFrom', { startsFrom: filter.startsFrom });
    }
    if (filter.startsTo) query.andWhere('o.starts_on <= :startsTo', { startsTo: filter.startsTo });
    if (filter.minMeaningfulCriteria) {
      query.andWhere('cardinality(o.meaningful_criteria) >= :minCriteria', {
        minCriteria: filter.minMeaningfulCriteria,
      });
    }
    if (filter.hasPlacesLeft !== undefined && filter.hasPlacesLeft !== null) {
      const held = `COALESCE((SELECT SUM(b.places) FROM bookings b
        WHERE b.opportunity_id = o.id AND b.status = ANY(:holding::booking_status[])), 0)`;
      // Places left means places one can still request: none once the opportunity has started.
      query.andWhere(
        filter.hasPlacesLeft
          ? `o.total_places > ${held} AND o.starts_on > :today`
          : `o.total_places <= ${held}`,
        { holding: HOLDING_STATUSES, today: this.clock.today() },
      );
    }
  }
}
