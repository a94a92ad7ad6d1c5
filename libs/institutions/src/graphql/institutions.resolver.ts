import { GraphQLResolveInfo } from 'graphql';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CsvImportArgs,
  HubCsvImportMutation,
  Actor,
  ANY_ROLE,
  Connection,
  CurrentActor,
  HUB_TEAM,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
  selectsField,
} from '@chn/core';
import { User, UsersService } from '@chn/identity';
import { InstitutionImportService } from '../import/institution-import.service';
import { InstitutionStatusImportService } from '../import/institution-status-import.service';
import { InstitutionsService } from '../institutions.service';
import {
  CorrectPupilNumbersArgs,
  CreateInstitutionInput,
  ImportInstitutionsArgs,
  ImportReport,
  Institution,
  InstitutionsArgs,
  SetInstitutionHubStatusArgs,
  UpdateInstitutionInput,
} from './institution.type';

const InstitutionConnection = Connection(Institution, 'Institution');
const idArg = { type: () => ID, description: 'Institution id.' };

@Resolver(() => Institution)
export class InstitutionsResolver {
  constructor(
    private readonly institutionService: InstitutionsService,
    private readonly importer: InstitutionImportService,
    private readonly statusImporter: InstitutionStatusImportService,
    private readonly userService: UsersService,
  ) {}

  @Roles(...ANY_ROLE)
  @Query(() => InstitutionConnection, { description: 'Schools and colleges of your hub, by name.' })
  institutions(
    @CurrentActor() actor: Actor,
    @Args() args: InstitutionsArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.institutionService.list(actor, args, {
      withTotal: selectsField(info, 'totalCount'),
    });
  }

  @Roles(...ANY_ROLE)
  @Query(() => Institution, { description: 'One institution by id.' })
  institution(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.institutionService.get(actor, id);
  }

  @Roles(Role.CAREERS_LEADER)
  @Query(() => Institution, {
    nullable: true,
    description: 'The institution you lead as its careers leader; null if none names you.',
  })
  myInstitution(@CurrentActor() actor: Actor) {
    return this.institutionService.ledBy(actor);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Institution, { description: 'Add an institution to the hub’s records.' })
  createInstitution(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new institution.' }) input: CreateInstitutionInput,
  ) {
    return this.institutionService.create(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Institution, { description: 'Change an institution’s details.' })
  updateInstitution(
    @CurrentActor() actor: Actor,
    @Args('id', idArg, ParseIdPipe) id: string,
    @Args('input', { description: 'The fields to change; omitted fields stay as they are.' })
    input: UpdateInstitutionInput,
  ) {
    return this.institutionService.update(actor, id, input);
  }

  @Roles(Role.CAREERS_LEADER)
  @Mutation(() => Institution, {
    description:
      'Correct the pupils on roll of the institution you lead (its careers leader only); audited.',
  })
  correctPupilNumbers(@CurrentActor() actor: Actor, @Args() args: CorrectPupilNumbersArgs) {
    return this.institutionService.correctPupilNumbers(actor, args.institutionId, args.pupils);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Institution, {
    description: 'Set whether an institution is eligible and in the hub.',
  })
  setInstitutionHubStatus(@CurrentActor() actor: Actor, @Args() args: SetInstitutionHubStatusArgs) {
    return this.institutionService.setHubStatus(actor, args);
  }

  @HubCsvImportMutation(
    'Set held institutions’ hub status from CSV (urn and any of in_hub_since, eligible, compass_plus), all or nothing.',
  )
  importInstitutionStatus(@CurrentActor() actor: Actor, @Args() args: CsvImportArgs) {
    return this.statusImporter.importFor(actor, args);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => ImportReport, {
    description:
      'Import institutions from a GIAS CSV, upserting by URN, all or nothing, row by row: a file with any refused row changes nothing and is an error naming each line. Establishments closed or not yet open are skipped, each with its line and reason, and do not refuse the file. A dry run reports each row (or each refusal) and writes nothing.',
  })
  importInstitutions(@CurrentActor() actor: Actor, @Args() args: ImportInstitutionsArgs) {
    return this.importer.import(actor, args.csv, args);
  }

  @ResolveField(() => Boolean, { description: 'Whether the institution is in the hub now.' })
  inHub(@Parent() institution: Institution): boolean {
    return institution.inHubSince !== null;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'The careers leader, if one has an account.',
  })
  careersLeader(@Parent() institution: Institution, @Loaders() loaders: LoaderRegistry) {
    if (!institution.careersLeaderId) return null;
    return this.userService.loader(loaders).load(institution.careersLeaderId);
  }
}
