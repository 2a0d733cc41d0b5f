export { PlanModule } from './plan.module';
export { planEntities } from './plan.entities';
export { ObjectiveTracker, snapshotObjectives, snapshotObjectivesSchedule } from './objective-tracker';
export { MeasureKind, PlanObjective, type TargetPopulation } from './plan-objective.entity';
export { PlanAction, PlanActionStatus } from './plan-action.entity';
export { PlanStatus, WorkforcePlan } from './workforce-plan.entity';
export { PlanVersion } from './plan-version.entity';
export { Trajectory, trajectory } from './trajectory';
