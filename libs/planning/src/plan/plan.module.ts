import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CpdModule } from '@kindred/cpd';
import { OrgModule } from '@kindred/org';
import { SkillsModule } from '@kindred/skills';
import { CultureModule } from '../culture/culture.module';
import { PathwaysModule } from '../pathways/pathways.module';
import { EvidenceGatherer } from '../self-assessment/evidence';
import { SelfAssessmentResolver } from '../self-assessment/self-assessment.resolver';
import { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import { BoardReport } from './board-report';
import { BoardReportController } from './board-report.controller';
import { MeasuresModule } from './measures.module';
import { ObjectiveProgress } from './objective-progress';
import { ObjectiveTracker } from './objective-tracker';
import { planEntities } from './plan.entities';
import { PlanObjectiveResolver, PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';
import { SurveyAgreement } from './survey-agreement';
import { TrainingNeeds } from './training-needs';

/**
 * The multi-agency workforce development plan: objectives with live progress, actions, the TNA,
 * the Model Framework self-assessment and the board report.
 */
@Module({
  imports: [
    MikroOrmModule.forFeature(planEntities),
    CpdModule,
    OrgModule,
    SkillsModule,
    CultureModule,
    MeasuresModule,
    PathwaysModule,
  ],
  providers: [
    ObjectiveProgress,
    ObjectiveTracker,
    SurveyAgreement,
    PlanService,
    PlanResolver,
    PlanObjectiveResolver,
    TrainingNeeds,
    BoardReport,
    // The self-assessment is the plan's: its evidence reads the plan's measures and the pathways.
    EvidenceGatherer,
    SelfAssessmentService,
    SelfAssessmentResolver,
  ],
  controllers: [BoardReportController],
})
export class PlanModule {}
