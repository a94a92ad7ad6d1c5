import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingModule } from '../matching.module';
import { AutoMatchPlanEntity } from './auto-match-plan.entity';
import { PlanningService } from './planning.service';

/** Match suggestions and auto-match plans, without transport. */
@Module({
  imports: [TypeOrmModule.forFeature([AutoMatchPlanEntity]), MatchingModule],
  providers: [PlanningService],
  exports: [PlanningService],
})
export class PlanningModule {}
