export { TrainingNeedsPage } from './TrainingNeedsPage';
export { WorkforcePlanPage } from './WorkforcePlanPage';
export { useWorkforcePlan, useWorkforcePlans } from './api';
export { ProgressBar, TRAJECTORY } from './ui';
export { SelfAssessmentPage } from './SelfAssessmentPage';
