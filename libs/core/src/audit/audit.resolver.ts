import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { Connection } from '../pagination';
import { AuditEntry, AuditTrailArgs } from './audit.graphql';
import { AuditService } from './audit.service';

const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.HUB_ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      'Changes in your hub, oldest first: memberships, advisers (and exports and erasures of their data), matches, opportunities, bookings, institutions’ hub status, user accounts (created, erased), and report exports (who exported what).',
  })
  auditTrail(@CurrentActor() actor: Actor, @Args() args: AuditTrailArgs) {
    return this.audit.trail(actor, args);
  }
}
