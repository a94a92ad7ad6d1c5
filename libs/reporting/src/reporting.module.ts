import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompassEvaluationsService } from './compass/compass-evaluations.service';
import { CompassImportService } from './compass/compass-import.service';
import { FsqImportService } from './compass/fsq-import.service';
import { FsqService } from './compass/fsq.service';
import { HubActivityService } from './dashboard/hub-activity.service';
import { HubDashboardService } from './dashboard/hub-dashboard.service';
import { HubFiguresCache } from './dashboard/hub-figures.cache';
import { NetworkActivityService } from './dashboard/network-activity.service';
import {
  CompassBenchmarkResultEntity,
  CompassEvaluationEntity,
} from './entities/compass-evaluation.entity';
import { FsqCompletionEntity } from './entities/fsq-completion.entity';
import { HubTargetEntity } from './entities/hub-target.entity';
import {
  NationalBenchmarkReferenceEntity,
  NationalReferenceEntity,
} from './entities/national-reference.entity';
import { HubDataExportService } from './exports/hub-data-export.service';
import { ReportExportsService } from './exports/report-exports.service';
import { InstitutionReportService } from './institution-report/institution-report.service';
import { HubTargetsService } from './national/hub-targets.service';
import { NationalFiguresCache } from './national/national-figures.cache';
import { NationalReferenceService } from './national/national-reference.service';
import { QualityService } from './quality/quality.service';

/** Hub reporting without transport: used by the API and the CLI. */
/** The services other modules (GraphQL, CLI, worker) use; the figures cache stays inside. */
const SERVICES = [
  HubActivityService,
  QualityService,
  NetworkActivityService,
  CompassEvaluationsService,
  CompassImportService,
  FsqService,
  FsqImportService,
  NationalReferenceService,
  HubTargetsService,
  HubDashboardService,
  InstitutionReportService,
  ReportExportsService,
  HubDataExportService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CompassEvaluationEntity,
      CompassBenchmarkResultEntity,
      FsqCompletionEntity,
      NationalReferenceEntity,
      NationalBenchmarkReferenceEntity,
      HubTargetEntity,
    ]),
  ],
  providers: [NationalFiguresCache, HubFiguresCache, ...SERVICES],
  exports: SERVICES,
})
export class ReportingModule {}
