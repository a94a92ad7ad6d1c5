import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Connection,
  CurrentActor,
  HUB_TEAM,
  listsLoader,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { Employer, EmployerEntity, EmployersService } from '@chn/employers';
import { ProgrammeParticipantsService } from '../programme-participants.service';
import { ProgrammeSessionsService } from '../programme-sessions.service';
import { ProgrammesService } from '../programmes.service';
import {
  AddProgrammeParticipantInput,
  CreateProgrammeInput,
  ProgrammesArgs,
  RecordProgrammeSessionInput,
  UpdateProgrammeInput,
  UpdateProgrammeParticipantInput,
} from './programme.inputs';
import { Programme, ProgrammeParticipant, ProgrammeSession } from './programme.types';

const ProgrammeConnection = Connection(Programme, 'Programme');
const READERS = [...HUB_TEAM, Role.VIEWER, Role.CAREERS_LEADER, Role.EMPLOYER];
const idArg = (what: string) => ({ type: () => ID, description: `${what} id.` });

@Resolver(() => Programme)
export class ProgrammesResolver {
  constructor(
    private readonly programmeService: ProgrammesService,
    private readonly participantService: ProgrammeParticipantsService,
    private readonly sessionService: ProgrammeSessionsService,
    private readonly employers: EmployersService,
  ) {}

  @Roles(...READERS)
  @Query(() => ProgrammeConnection, {
    description:
      'Programmes you may see, by start date: the hub team and viewers all of the hub’s; careers leaders those their institution takes part in; employer contacts those their employer hosts.',
  })
  programmes(@CurrentActor() actor: Actor, @Args() args: ProgrammesArgs) {
    return this.programmeService.list(actor, args);
  }

  @Roles(...READERS)
  @Query(() => Programme, { description: 'One programme by id, when you may see it.' })
  programme(@CurrentActor() actor: Actor, @Args('id', idArg('Programme'), ParseIdPipe) id: string) {
    return this.programmeService.get(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Programme, {
    description: 'Create a programme of your hub (national administrators name the hub).',
  })
  createProgramme(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new programme.' }) input: CreateProgrammeInput,
  ) {
    return this.programmeService.create(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Programme, {
    description:
      'Change a programme. Host employers given replace the current ones; new dates must keep every recorded session inside them.',
  })
  updateProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', idArg('Programme'), ParseIdPipe) id: string,
    @Args('input', { description: 'The fields to change; omitted fields stay as they are.' })
    input: UpdateProgrammeInput,
  ) {
    return this.programmeService.update(actor, id, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => ProgrammeParticipant, {
    description:
      'Add an institution of the hub to a programme with its cohort: pupils by year group, of whom SEND and FSM-eligible (counts only).',
  })
  addProgrammeParticipant(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The institution and its cohort.' })
    input: AddProgrammeParticipantInput,
  ) {
    return this.participantService.add(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => ProgrammeParticipant, {
    description:
      'Correct a participant’s cohort; it cannot go below what a recorded session reached.',
  })
  updateProgrammeParticipant(
    @CurrentActor() actor: Actor,
    @Args('id', idArg('Participant'), ParseIdPipe) id: string,
    @Args('input', { description: 'The counts to change.' })
    input: UpdateProgrammeParticipantInput,
  ) {
    return this.participantService.update(actor, id, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => ProgrammeParticipant, {
    description: 'Take an institution out of a programme (only while it has no session recorded).',
  })
  removeProgrammeParticipant(
    @CurrentActor() actor: Actor,
    @Args('id', idArg('Participant'), ParseIdPipe) id: string,
  ) {
    return this.participantService.remove(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => ProgrammeSession, {
    description:
      'Record a session delivered to a participating institution: a date within the programme and not after today, pupils reached by year group within its cohort.',
  })
  recordProgrammeSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session.' }) input: RecordProgrammeSessionInput,
  ) {
    return this.sessionService.record(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => ProgrammeSession, { description: 'Remove a session recorded by mistake.' })
  removeProgrammeSession(
    @CurrentActor() actor: Actor,
    @Args('id', idArg('Session'), ParseIdPipe) id: string,
  ) {
    return this.sessionService.remove(actor, id);
  }

  @ResolveField(() => [Employer], { description: 'Employers of the network hosting it.' })
  async hostEmployers(@Parent() programme: Programme, @Loaders() loaders: LoaderRegistry) {
    const employerIds = await listsLoader<string>(loaders, 'programmes.hosts', (programmeIds) =>
      this.programmeService.hostsOf(programmeIds),
    ).load(programme.id);
    const employers = await this.employers.loader(loaders).loadMany(employerIds);
    return employers.filter((e): e is EmployerEntity => !!e && !(e instanceof Error));
  }

  @ResolveField(() => [ProgrammeParticipant], {
    description:
      'Institutions taking part, by name: all of them, or your own institution’s for a careers leader.',
  })
  participants(
    @Parent() programme: Programme,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return listsLoader<ProgrammeParticipant>(loaders, 'programmes.participants', (ids) =>
      this.programmeService.participantsOf(actor, ids),
    ).load(programme.id);
  }

  @ResolveField(() => [ProgrammeSession], {
    description:
      'Sessions delivered, by date: all of them, or your own institution’s for a careers leader.',
  })
  sessions(
    @Parent() programme: Programme,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return listsLoader<ProgrammeSession>(loaders, 'programmes.sessions', (ids) =>
      this.programmeService.sessionsOf(actor, ids),
    ).load(programme.id);
  }
}
