import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CpdModule } from '@kindred/cpd';
import { OrgModule } from '@kindred/org';
import { BoardReport } from './board-report';
import { BoardReportController } from './board-report.controller';
import { MeasureEvidence } from './measure-evidence';
import { ObjectiveProgress } from './objective-progress';
import { ObjectiveTracker } from './objective-tracker';
import { planEntities } from './plan.entities';
import { PlanObjectiveResolver, PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';
import { TrainingNeeds } from './training-needs';

/** The multi-agency workforce development plan: objectives with live progress, actions, the TNA, the board report. */
@Module({
  imports: [MikroOrmModule.forFeature(planEntities), CpdModule, OrgModule],
  providers: [
    MeasureEvidence,
    ObjectiveProgress,
    ObjectiveTracker,
    PlanService,
    PlanResolver,
    PlanObjectiveResolver,
    TrainingNeeds,
    BoardReport,
  ],
  controllers: [BoardReportController],
  exports: [MeasureEvidence],
})
export class PlanModule {}
