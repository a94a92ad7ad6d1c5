import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The arguments of a per-hub, per-academic-year figure: the year and, for national admins, the hub. */
@ArgsType()
export class HubYearArgs {
  @Field({ nullable: true, description: 'Academic year like 2025/26; default the current one.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  academicYear?: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}
