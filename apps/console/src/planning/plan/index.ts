export { TrainingNeedsPage } from './TrainingNeedsPage';
export { WorkforcePlanPage } from './WorkforcePlanPage';
