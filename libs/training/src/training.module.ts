import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@kindred/auth';
import { NotifyModule } from '@kindred/notify';
import { OrgModule } from '@kindred/org';
import { SkillsModule } from '@kindred/skills';
import { AttendanceResolver } from './attendance/attendance.resolver';
import { AttendanceService } from './attendance/attendance.service';
import { SessionSettlement } from './attendance/session-settlement';
import { BookingResolver } from './booking/booking.resolver';
import { BookingService } from './booking/booking.service';
import { PlaceKeeper } from './booking/place-keeper';
import { CourseResolver } from './course/course.resolver';
import { CourseService } from './course/course.service';
import { InterestResolver } from './interest/interest.resolver';
import { InterestService } from './interest/interest.service';
import { CalendarFeedController, CalendarFeedResolver, CalendarFeeds } from './calendar/calendar-feeds';
import { ApprovalLinks } from './notices/approval-links';
import { TrainingNotices } from './notices/training-notices';
import { TrainingDigest } from './notices/training-digest';
import { TrainingReminders } from './notices/training-reminders';
import { BookingPushes } from './provider-push/booking-pushes';
import { ProviderResolver } from './provider/provider.resolver';
import { ProviderService } from './provider/provider.service';
import { CertificateController } from './record/certificate.controller';
import { RecordResolver } from './record/record.resolver';
import { RecordService } from './record/record.service';
import { ChargesReport } from './reports/charges-report';
import { PeriodReport } from './reports/period-report';
import { ExpiryReport } from './reports/expiry-report';
import { TrainingReportsResolver } from './reports/reports.resolver';
import { SessionResolver } from './session/session.resolver';
import { SessionPlacesCounter } from './session/session-places';
import { SessionService } from './session/session.service';
import { trainingEntities } from './training.entities';

/** Providers, courses, sessions, bookings, waitlists, attendance, records and certificates. */
@Module({
  imports: [MikroOrmModule.forFeature(trainingEntities), AuthModule, NotifyModule, OrgModule, SkillsModule],
  providers: [
    BookingService,
    BookingResolver,
    PlaceKeeper,
    SessionService,
    SessionPlacesCounter,
    SessionResolver,
    ProviderService,
    ProviderResolver,
    CourseService,
    CourseResolver,
    InterestService,
    InterestResolver,
    AttendanceService,
    SessionSettlement,
    AttendanceResolver,
    RecordService,
    RecordResolver,
    ExpiryReport,
    ChargesReport,
    PeriodReport,
    TrainingReportsResolver,
    ApprovalLinks,
    TrainingNotices,
    TrainingReminders,
    TrainingDigest,
    CalendarFeeds,
    CalendarFeedResolver,
    BookingPushes,
  ],
  controllers: [CertificateController, CalendarFeedController],
  // The term scheduler publishes its drafts through the same rules as a lead's own sessions.
  exports: [SessionService],
})
export class TrainingModule {}
