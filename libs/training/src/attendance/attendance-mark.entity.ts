import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Booking } from '../booking/booking.entity';
import { SessionPart } from '../session/training-session.entity';

export enum AttendanceStatus {
  ATTENDED = 'ATTENDED',
  PARTIAL = 'PARTIAL',
  ABSENT = 'ABSENT',
}

export enum AttendanceSource {
  /** The trainer's register. */
  REGISTER = 'REGISTER',
  /** The learner's own check-in with the session code, during the part. */
  CHECK_IN = 'CHECK_IN',
}

/** One line of a session part's register; the trainer's mark replaces a self check-in. */
@Entity()
@Unique({ properties: ['booking', 'part'] })
export class AttendanceMark extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Booking, ref: true, deleteRule: 'cascade' })
  booking: Ref<Booking>;

  @ManyToOne({ entity: () => SessionPart, ref: true, deleteRule: 'cascade' })
  part: Ref<SessionPart>;

  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status' })
  status!: AttendanceStatus;

  @Enum({ items: () => AttendanceSource, nativeEnumName: 'attendance_source' })
  source!: AttendanceSource;

  @Property({ type: 'uuid' })
  markedByUserId!: string;

  constructor(
    booking: Booking,
    part: SessionPart,
    status: AttendanceStatus,
    source: AttendanceSource,
    byUserId: string,
  ) {
    super(booking.partnership);
    this.booking = ref(booking);
    this.part = ref(part);
    this.mark(status, source, byUserId);
  }

  mark(status: AttendanceStatus, source: AttendanceSource, byUserId: string): void {
    this.status = status;
    this.source = source;
    this.markedByUserId = byUserId;
  }
}
