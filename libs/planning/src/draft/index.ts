export { buildScheduleJob, type BuildScheduleJobData } from './build-schedule.job';
export { DraftStatus, type DraftResult, ScheduleDraft } from './schedule-draft.entity';
export { ProblemGatherer, type GatheredProblem } from './gather-problem';
export { PLANNING_DEFAULTS } from './defaults';
