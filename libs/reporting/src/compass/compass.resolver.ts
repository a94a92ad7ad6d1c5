import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, HUB_TEAM, ParseIdPipe, Role, Roles } from '@chn/core';
import { CompassEvaluationsService } from './compass-evaluations.service';
import { CompassImportService } from './compass-import.service';
import {
  CompassEvaluation,
  CompassImportReport,
  FsqCompletion,
  FsqImportReport,
  ImportFsqArgs,
  ImportCompassEvaluationsArgs,
  RecordCompassEvaluationInput,
  RecordFsqInput,
} from './compass.types';
import { FsqImportService } from './fsq-import.service';
import { FsqService } from './fsq.service';

@Resolver(() => CompassEvaluation)
export class CompassResolver {
  constructor(
    private readonly evaluations: CompassEvaluationsService,
    private readonly importer: CompassImportService,
    private readonly fsq: FsqService,
    private readonly fsqImporter: FsqImportService,
  ) {}

  @Roles(...HUB_TEAM, Role.VIEWER, Role.CAREERS_LEADER)
  @Query(() => [CompassEvaluation], {
    description:
      'An institution’s Compass evaluations, newest first (hub team and viewers of its hub, or its careers leader).',
  })
  compassEvaluations(
    @CurrentActor() actor: Actor,
    @Args('institutionId', { type: () => ID, description: 'The institution.' }, ParseIdPipe)
    institutionId: string,
  ) {
    return this.evaluations.listForInstitution(actor, institutionId);
  }

  @Roles(...HUB_TEAM, Role.CAREERS_LEADER)
  @Mutation(() => CompassEvaluation, {
    description:
      'Record a Compass evaluation (hub team for their hub’s institutions, a careers leader for their own).',
  })
  recordCompassEvaluation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The evaluation.' }) input: RecordCompassEvaluationInput,
  ) {
    return this.evaluations.record(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => CompassImportReport, {
    description:
      'Import Compass evaluations from CSV, all or nothing, row by row; a row for an institution and date already held replaces it when it differs. A dry run reports each row (or each refusal) and writes nothing.',
  })
  importCompassEvaluations(
    @CurrentActor() actor: Actor,
    @Args() args: ImportCompassEvaluationsArgs,
  ) {
    return this.importer.import(actor, args.csv, args);
  }

  @Roles(...HUB_TEAM, Role.CAREERS_LEADER)
  @Mutation(() => FsqCompletion, {
    description: 'Set an institution’s Future Skills Questionnaire completions for a year.',
  })
  recordFsq(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The completions.' }) input: RecordFsqInput,
  ) {
    return this.fsq.record(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => FsqImportReport, {
    description:
      'Import FSQ completions from CSV (urn, academic_year, students), all or nothing, row by row; each row sets the institution’s figure for the year. A dry run reports each row (or each refusal) and writes nothing.',
  })
  importFsqCompletions(@CurrentActor() actor: Actor, @Args() args: ImportFsqArgs) {
    return this.fsqImporter.import(actor, args.csv, args);
  }
}
