import { AttendanceMark } from './attendance/attendance-mark.entity';
import { Booking } from './booking/booking.entity';
import { CalendarFeed } from './calendar/calendar-feed.entity';
import { Course } from './course/course.entity';
import { ExpressionOfInterest } from './interest/expression-of-interest.entity';
import { BookingPush } from './provider-push/booking-push.entity';
import { TrainingProvider } from './provider/training-provider.entity';
import { TrainingRecord } from './record/training-record.entity';
import { SessionPart, SessionQuota, TrainingSession } from './session/training-session.entity';

export const trainingEntities = [
  TrainingProvider,
  Course,
  TrainingSession,
  SessionPart,
  SessionQuota,
  Booking,
  AttendanceMark,
  TrainingRecord,
  ExpressionOfInterest,
  CalendarFeed,
  BookingPush,
];
