import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import {
  AdviserSuggestionResolver,
  InstitutionSuggestionsResolver,
  PlannedMatchResolver,
} from './planning-fields.resolver';
import { PlanningModule } from './planning.module';
import { PlanningResolver } from './planning.resolver';

@Module({
  imports: [PlanningModule, AdvisersModule, InstitutionsModule],
  providers: [
    PlanningResolver,
    InstitutionSuggestionsResolver,
    AdviserSuggestionResolver,
    PlannedMatchResolver,
  ],
})
export class PlanningGraphqlModule {}
