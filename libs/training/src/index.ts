export { TrainingModule } from './training.module';
export { trainingEntities } from './training.entities';
export { keepPlaces, keepPlacesSchedule, type KeepPlacesData } from './booking/place-keeper';
export {
  sendTrainingReminders,
  trainingRemindersSchedule,
  type TrainingRemindersData,
} from './notices/training-reminders';
export { CourseMode, CourseStatus, Course } from './course/course.entity';
export { ProviderKind, TrainingProvider } from './provider/training-provider.entity';
export { SessionQuota, SessionStatus, TrainingSession } from './session/training-session.entity';
export { AttendanceMark, AttendanceSource, AttendanceStatus } from './attendance/attendance-mark.entity';
export { Booking, BookingStatus } from './booking/booking.entity';
export { RecordSource, RecordValidation, TrainingRecord } from './record/training-record.entity';
export { ProviderRecords, type Upsert } from './provider-records/provider-records';
export { BookingPush, BookingPushAction, BookingPushStatus } from './provider-push/booking-push.entity';
export {
  bookingPushRelaySchedule,
  pushBooking,
  type PushBookingData,
  relayBookingPushes,
} from './provider-push/booking-pushes';
export { SessionService } from './session/session.service';
export { CreateSessionInput } from './session/session.types';
