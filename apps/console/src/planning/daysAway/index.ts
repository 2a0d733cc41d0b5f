export { DaysAwayPage } from './DaysAwayPage';
export { TrainerDaysAway } from './TrainerDaysAway';
