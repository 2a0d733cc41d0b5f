import { registerEnumType } from '@nestjs/graphql';
import { AttendanceSource, AttendanceStatus } from '../attendance/attendance-mark.entity';
import { BookingGuard, BookingStatus } from '../booking/booking.entity';
import { CourseMode, CourseStatus } from '../course/course.entity';
import { ProviderKind } from '../provider/training-provider.entity';
import { RecordSource, RecordValidation } from '../record/training-record.entity';
import { SessionStatus } from '../session/training-session.entity';

registerEnumType(ProviderKind, { name: 'ProviderKind' });
registerEnumType(CourseMode, { name: 'CourseMode' });
registerEnumType(CourseStatus, { name: 'CourseStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(BookingStatus, { name: 'BookingStatus' });
registerEnumType(BookingGuard, { name: 'BookingGuard' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(AttendanceSource, { name: 'AttendanceSource' });
registerEnumType(RecordSource, { name: 'RecordSource' });
registerEnumType(RecordValidation, { name: 'RecordValidation' });

export {
  AttendanceSource,
  AttendanceStatus,
  BookingGuard,
  BookingStatus,
  CourseMode,
  CourseStatus,
  ProviderKind,
  RecordSource,
  RecordValidation,
  SessionStatus,
};
