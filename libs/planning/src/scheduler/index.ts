export * from './problem';
export { schedule, type ScheduleOptions } from './schedule';
export { firstFit } from './first-fit';
export { servableBound, type ServableBound } from './upper-bound';
export { SLOT_TIMES } from './calendar';
