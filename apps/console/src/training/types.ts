/** The training records as the console reads them (apps/api/schema.gql). */
import type { EmploymentType, OrganisationKind } from '../workforce/types';

export type ProviderKind = 'IN_HOUSE' | 'PARTNER' | 'EXTERNAL';
export type CourseMode = 'IN_PERSON' | 'VIRTUAL' | 'E_LEARNING' | 'BLENDED';
export type CourseStatus = 'ACTIVE' | 'ARCHIVED';
export type SessionStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'COMPLETED';
export type BookingStatus =
  | 'PENDING_APPROVAL'
  | 'CONFIRMED'
  | 'WAITLISTED'
  | 'OFFERED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'CANCELLED'
  | 'ATTENDED'
  | 'PARTIALLY_ATTENDED'
  | 'NO_SHOW';
export type BookingGuard = 'SATURATION' | 'BACKFILL';
export type AttendanceStatus = 'ATTENDED' | 'PARTIAL' | 'ABSENT';
export type AttendanceSource = 'REGISTER' | 'CHECK_IN';
export type RecordSource = 'SESSION' | 'EXTERNAL' | 'IMPORTED' | 'PLUGIN';
export type RecordValidation = 'PENDING' | 'VALIDATED' | 'REJECTED';
export type ExpiryBucket = 'EXPIRED' | 'WITHIN_30_DAYS' | 'WITHIN_60_DAYS' | 'WITHIN_90_DAYS';

type Named = { id: string; name: string };

export interface TrainingProvider {
  id: string;
  name: string;
  kind: ProviderKind;
  contactEmail: string | null;
  website: string | null;
  organisation: Named | null;
  /** Added by the data provider from `organisation`. */
  organisationId: string | null;
}

export interface CourseAudience {
  roleProfileIds: string[];
  employmentTypes: EmploymentType[];
  organisationIds: string[];
}

export interface CompetencyLevel {
  competencyId: string;
  level: number;
}

export interface CoursePrerequisite {
  courseId: string | null;
  competencyId: string | null;
  level: number | null;
}

export interface Course {
  id: string;
  title: string;
  summary: string;
  outcomes: string[];
  mode: CourseMode;
  durationMinutes: number;
  cpdMinutes: number;
  validityMonths: number | null;
  reminderMonths: number[];
  costPerPlacePence: number | null;
  status: CourseStatus;
  provider: Named;
  providerId: string;
  /** Read on the course page only. */
  audience?: CourseAudience;
  grants?: CompetencyLevel[];
  prerequisites?: CoursePrerequisite[];
  sessions?: SessionSummary[];
  demand?: number;
}

export interface SessionPart {
  id: string;
  startsAt: string;
  endsAt: string;
  position: number;
}

export interface SessionQuota {
  id: string;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  seats: number;
  releaseAt: string;
}

export interface SessionPlaces {
  capacity: number;
  confirmed: number;
  offered: number;
  waitlisted: number;
  pendingApproval: number;
  free: number;
}

/** A session as lists and calendars show it. */
export interface SessionSummary {
  id: string;
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
  registrationClosesAt?: string;
  cancellationCutoffAt?: string;
  onlineUrl: string | null;
  site: Named | null;
  course?: { id: string; title: string; mode: CourseMode; provider?: Named };
  parts?: SessionPart[];
  places?: Pick<SessionPlaces, 'capacity' | 'free' | 'waitlisted'>;
}

export interface TrainingSession {
  id: string;
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
  capacity: number;
  minimumNumbers: number | null;
  minimumCutoffAt: string | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string;
  cancellationCutoffAt: string;
  offerHours: number;
  onlineUrl: string | null;
  publishedAt: string | null;
  cancellationReason: string | null;
  /** Shown to trainers and workforce leads only; null for everyone else. */
  checkInCode: string | null;
  course: Pick<Course, 'id' | 'title' | 'mode' | 'durationMinutes'> & { provider: Named };
  courseId: string;
  parts: SessionPart[];
  quotas: SessionQuota[];
  trainers: { id: string; fullName: string }[];
  site: Named | null;
  siteId: string | null;
  room: (Named & { capacity: number }) | null;
  roomId: string | null;
  places: SessionPlaces;
}

export interface Booking {
  id: string;
  status: BookingStatus;
  arrival: number;
  guards: BookingGuard[];
  overrideReason: string | null;
  declineReason: string | null;
  offerExpiresAt: string | null;
  cancelledAt: string | null;
  late: boolean;
  waiverReason: string | null;
  createdAt: string;
  person: { id: string; fullName: string };
  organisation: Named;
  session: SessionSummary & { course: { id: string; title: string; mode: CourseMode } };
}

export interface BookingOutcome {
  booking: Pick<Booking, 'id' | 'status'>;
  warnings: string[];
}

export interface AttendanceMark {
  partId: string;
  status: AttendanceStatus;
  source: AttendanceSource;
}

export interface Register {
  parts: SessionPart[];
  entries: {
    booking: Pick<Booking, 'id' | 'status'> & { person: { id: string; fullName: string }; organisation: Named };
    marks: AttendanceMark[];
  }[];
}

export interface TrainingRecord {
  id: string;
  title: string;
  completedOn: string;
  expiresOn: string | null;
  source: RecordSource;
  validation: RecordValidation;
  cpdMinutes: number;
  evidence: string | null;
  counts: boolean;
  certificateCode: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  course: { id: string; title: string } | null;
}

export interface ExpiryRow {
  bucket: ExpiryBucket;
  daysLeft: number;
  record: Pick<TrainingRecord, 'id' | 'title' | 'expiresOn' | 'completedOn'> & {
    person: { id: string; fullName: string };
    course: { id: string; title: string } | null;
  };
}

export interface TrainingExpiry {
  asOf: string;
  expired: number;
  within30Days: number;
  within60Days: number;
  within90Days: number;
  rows: ExpiryRow[];
  totalCount: number;
}

export interface Interest {
  id: string;
  createdAt: string;
  course: { id: string; title: string };
  site: Named | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}
