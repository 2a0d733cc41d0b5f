export { TrainerDayAway } from './trainer-day-away.entity';
export { AvailabilityService } from './availability.service';
