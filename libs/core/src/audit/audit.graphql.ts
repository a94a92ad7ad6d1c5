import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionArgs } from '../pagination';

@ObjectType('AuditEntry', { description: 'One change in the audit trail: who, when, what.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Id of the entry.' })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'User who made the change; null for the system.',
  })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'Role the change was made with.' })
  actorRole: string | null;

  @Field(() => ID, { nullable: true, description: 'API key the change was made with, if any.' })
  actorApiKeyId: string | null;

  @Field({
    description:
      'What kind of record changed, e.g. booking, institution, user; `export` for a report export (the record is the hub).',
  })
  entityType: string;

  @Field(() => ID, { description: 'Id of the record that changed.' })
  entityId: string;

  @Field({
    description:
      'What happened, e.g. created, updated, confirmed, hub_status_changed, exported, erased.',
  })
  action: string;

  @Field(() => GraphQLJSON, {
    description: 'Changed fields as { field: { from, to } }, or the values set.',
  })
  changes: Record<string, unknown>;

  @Field({ description: 'When it happened.' })
  at: Date;
}

@ArgsType()
export class AuditTrailArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Only this kind of record, e.g. adviser.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only this record.' })
  @IsOptional()
  @IsUUID()
  entityId?: string;
}
