import { SelfAssessmentEvidence, SelfAssessmentJudgement } from '../self-assessment/self-assessment.entities';
import { ObjectiveSnapshot } from './objective-snapshot.entity';
import { PlanAction } from './plan-action.entity';
import { PlanChange } from './plan-change.entity';
import { PlanObjective } from './plan-objective.entity';
import { PlanVersion } from './plan-version.entity';
import { WorkforcePlan } from './workforce-plan.entity';

/** The plan, and its Model Framework self-assessment, which belongs to it. */
export const planEntities = [
  WorkforcePlan,
  PlanVersion,
  PlanObjective,
  ObjectiveSnapshot,
  PlanAction,
  PlanChange,
  SelfAssessmentJudgement,
  SelfAssessmentEvidence,
];
