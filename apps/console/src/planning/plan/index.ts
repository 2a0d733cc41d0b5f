export { TrainingNeedsPage } from './TrainingNeedsPage';
export { WorkforcePlanPage } from './WorkforcePlanPage';
export { usePlanChoices, useWorkforcePlan, useWorkforcePlans } from './api';
export { MeasurePicker, OneOf, ProgressBar, TRAJECTORY, useRun } from './ui';
export { SelfAssessmentPage } from './SelfAssessmentPage';
