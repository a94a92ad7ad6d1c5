import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdviserDataExtensions, AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchEntity } from './entities/match.entity';
import { adviserMatchesSection } from './matches/adviser-matches.section';
import { SupportNeedsEntity } from './entities/support-needs.entity';
import { MatchesService } from './matches/matches.service';
import { MatchingScanService } from './reminders/matching-scan.service';
import { SupportNeedsService } from './support-needs/support-needs.service';

/** Matching without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MatchEntity, SupportNeedsEntity]),
    AdvisersModule,
    InstitutionsModule,
  ],
  providers: [MatchesService, SupportNeedsService, MatchingScanService],
  exports: [MatchesService, SupportNeedsService, MatchingScanService],
})
export class MatchingModule implements OnModuleInit {
  constructor(private readonly adviserData: AdviserDataExtensions) {}

  /** An adviser's matches go into their export, and mentions of them are erased with them. */
  onModuleInit(): void {
    this.adviserData.addSection(adviserMatchesSection);
  }
}
