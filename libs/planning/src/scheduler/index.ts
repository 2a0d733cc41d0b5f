export * from './problem';
export { type AsyncScheduleOptions, schedule, scheduleAsync, type ScheduleOptions } from './schedule';
export { firstFit } from './first-fit';
export { servableBound, type ServableBound } from './upper-bound';
export { dayNumber, isoDay, SLOT_TIMES, ukDay } from './calendar';
