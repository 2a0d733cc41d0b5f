import type {
  AttendanceStatus,
  BookingGuard,
  BookingStatus,
  CourseMode,
  ExpiryBucket,
  ProviderKind,
  RecordSource,
  RecordValidation,
  SessionPart,
  SessionStatus,
} from './types';

type Choice<T extends string> = { id: T; name: string };
const toChoices = <T extends string>(labels: Record<T, string>): Choice<T>[] =>
  (Object.entries(labels) as [T, string][]).map(([id, name]) => ({ id, name }));

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  IN_HOUSE: 'In-house (the partnership’s own team)',
  PARTNER: 'Partner organisation',
  EXTERNAL: 'External provider',
};

export const COURSE_MODE_LABELS: Record<CourseMode, string> = {
  IN_PERSON: 'In person',
  VIRTUAL: 'Online, live',
  E_LEARNING: 'E-learning',
  BLENDED: 'Blended',
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Completed',
};

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  PENDING_APPROVAL: 'Waiting for approval',
  CONFIRMED: 'Confirmed',
  WAITLISTED: 'On the waitlist',
  OFFERED: 'Place offered',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
  CANCELLED: 'Cancelled',
  ATTENDED: 'Attended',
  PARTIALLY_ATTENDED: 'Partly attended',
  NO_SHOW: 'Did not attend',
};

export const GUARD_LABELS: Record<BookingGuard, { name: string; explanation: string }> = {
  SATURATION: {
    name: 'Training load',
    explanation: 'This takes them over the partnership’s limit of training hours in any 28 days.',
  },
  BACKFILL: {
    name: 'Team cover',
    explanation: 'Too large a share of their team would be away on training at the same time.',
  },
};

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  ATTENDED: 'Attended',
  PARTIAL: 'Partly',
  ABSENT: 'Absent',
};

export const RECORD_SOURCE_LABELS: Record<RecordSource, string> = {
  SESSION: 'Kindred session',
  EXTERNAL: 'Done elsewhere',
  IMPORTED: 'Imported',
  PLUGIN: 'Provider',
};

export const VALIDATION_LABELS: Record<RecordValidation, string> = {
  PENDING: 'Waiting for your manager',
  VALIDATED: 'Counts',
  REJECTED: 'Not accepted',
};

export const EXPIRY_BUCKET_LABELS: Record<ExpiryBucket, string> = {
  EXPIRED: 'Expired',
  WITHIN_30_DAYS: 'Within 30 days',
  WITHIN_60_DAYS: 'In 31 to 60 days',
  WITHIN_90_DAYS: 'In 61 to 90 days',
};

export const PROVIDER_KINDS = toChoices(PROVIDER_KIND_LABELS);
export const COURSE_MODES = toChoices(COURSE_MODE_LABELS);
export const BOOKING_STATUSES = toChoices(BOOKING_STATUS_LABELS);

/** Bookings still in play: a person has at most one of these per session. */
export const LIVE_BOOKING: readonly BookingStatus[] = ['PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'OFFERED'];

/** "£45.00", or "No charge" for a course that costs nothing. */
export const money = (pence: number | null | undefined): string =>
  pence === null || pence === undefined
    ? 'Not set'
    : pence === 0
      ? 'No charge'
      : (pence / 100).toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });

/** "3 hours", "1.5 hours", "45 minutes". */
export const duration = (minutes: number): string => {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
};

export const validityText = (months: number | null, reminders: number[] = []): string => {
  if (months === null) return 'Does not expire';
  const refresh = `Refresher needed after ${months} months`;
  return reminders.length ? `${refresh}; holders are reminded ${reminders.join(' and ')} months before` : refresh;
};

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export const formatTime = (iso: string) => TIME.format(new Date(iso));
const formatDay = (iso: string) => DAY.format(new Date(iso));

/** "Tue, 3 Mar 2026, 09:30 to 12:30" for one part. */
export const partWhen = (part: Pick<SessionPart, 'startsAt' | 'endsAt'>) =>
  `${formatDay(part.startsAt)}, ${formatTime(part.startsAt)} to ${formatTime(part.endsAt)}`;

/** One part as `partWhen`; several as "2 parts from Tue, 3 Mar 2026". */
export const sessionWhen = (session: { startsAt: string; endsAt: string; parts?: SessionPart[] }) =>
  session.parts && session.parts.length > 1
    ? `${session.parts.length} parts from ${formatDay(session.startsAt)}`
    : partWhen(session);

/** Where a session happens: its site, or online. */
export const venue = (session: { site: { name: string } | null; onlineUrl: string | null }) =>
  session.site ? session.site.name : session.onlineUrl ? 'Online' : 'To be confirmed';
