import { gql } from '@apollo/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mutate } from '../skills/frameworks/api';
import { read } from '../skills/gaps/client';
import { SESSION_ROW } from './fields';
import { LIVE_BOOKING } from './labels';
import type {
  AttendanceStatus,
  Booking,
  BookingOutcome,
  BookingStatus,
  Interest,
  Page,
  RecordValidation,
  Register,
  SessionStatus,
  SessionSummary,
  TrainingExpiry,
  TrainingRecord,
} from './types';

/**
 * Training operations that are not a resource's list/get/create/update, through the same Apollo
 * client as the data provider. Refusals throw the API's own message, which pages show as it is.
 */

const BOOKING = `id status arrival guards overrideReason declineReason offerExpiresAt cancelledAt late waiverReason
  createdAt person { id fullName } organisation { id name }
  session { id status startsAt endsAt cancellationCutoffAt onlineUrl site { id name } course { id title mode } }`;
const RECORD = `id title completedOn expiresOn source validation cpdMinutes evidence counts certificateCode revokedAt
  revokeReason course { id title }`;
const LIST_ARGS = `$filter: BookingFilter, $page: Int!, $perPage: Int!, $sort: SortInput`;

const SESSIONS = gql`query TrainingCalendar($filter: TrainingSessionFilter, $page: Int!, $perPage: Int!) {
  trainingSessions(filter: $filter, page: $page, perPage: $perPage, sort: { field: "startsAt", order: ASC }) {
    nodes { ${SESSION_ROW} course { id title mode provider { id name } } parts { id startsAt endsAt position } }
    totalCount
  }
}`;
const MY_BOOKINGS = gql`query MyBookings(${LIST_ARGS}) {
  myBookings(filter: $filter, page: $page, perPage: $perPage, sort: $sort) { nodes { ${BOOKING} } totalCount }
}`;
const BOOKED_SESSIONS = gql`
  query BookedSessions($filter: BookingFilter) {
    myBookings(filter: $filter, page: 1, perPage: 200) {
      nodes {
        status
        session {
          id
        }
      }
    }
  }
`;
const BOOKINGS = gql`query Bookings(${LIST_ARGS}) {
  bookings(filter: $filter, page: $page, perPage: $perPage, sort: $sort) { nodes { ${BOOKING} } totalCount }
}`;
const APPROVAL_INBOX = gql`query ApprovalInbox($page: Int!, $perPage: Int!) {
  approvalInbox(page: $page, perPage: $perPage) { nodes { ${BOOKING} } totalCount }
}`;
const REGISTER = gql`
  query Register($sessionId: ID!) {
    register(sessionId: $sessionId) {
      parts {
        id
        startsAt
        endsAt
        position
      }
      entries {
        booking {
          id
          status
          person {
            id
            fullName
          }
          organisation {
            id
            name
          }
        }
        marks {
          partId
          status
          source
        }
      }
    }
  }
`;
const MY_RECORDS = gql`query MyTrainingRecords { myTrainingRecords { ${RECORD} } }`;
const MY_INTERESTS = gql`
  query MyInterests {
    myInterests {
      id
      createdAt
      course {
        id
        title
      }
      site {
        id
        name
      }
    }
  }
`;
const EXPIRY = gql`
  query TrainingExpiry($scope: ExpiryScopeInput!, $withinDays: Int!, $page: Int!, $perPage: Int!) {
    trainingExpiry(scope: $scope, withinDays: $withinDays, page: $page, perPage: $perPage) {
      asOf
      expired
      within30Days
      within60Days
      within90Days
      totalCount
      rows {
        bucket
        daysLeft
        record {
          id
          title
          completedOn
          expiresOn
          person {
            id
            fullName
          }
          course {
            id
            title
          }
        }
      }
    }
  }
`;
const COURSE_DEMAND = gql`
  query CourseDemand($courseId: ID!) {
    courseDemand(courseId: $courseId) {
      total
      bySite {
        site {
          id
          name
        }
        count
      }
      byOrganisation {
        organisation {
          id
          name
        }
        count
      }
    }
  }
`;

const OUTCOME = `booking { id status } warnings`;
const BOOK_SESSION = gql`mutation BookSession($input: BookSessionInput!) { bookSession(input: $input) { ${OUTCOME} } }`;
const BOOK_PEOPLE = gql`mutation BookPeople($input: BookPeopleInput!) {
  bookPeople(input: $input) { personId error outcome { ${OUTCOME} } }
}`;
const APPROVE = gql`
  mutation ApproveBooking($input: ApproveBookingInput!) {
    approveBooking(input: $input) {
      id
      status
    }
  }
`;
const DECLINE = gql`
  mutation DeclineBooking($input: BookingReasonInput!) {
    declineBooking(input: $input) {
      id
      status
    }
  }
`;
const CANCEL_BOOKING = gql`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
      late
    }
  }
`;
const ACCEPT_OFFER = gql`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) {
      id
      status
    }
  }
`;
const WAIVE = gql`
  mutation WaiveBookingCharge($input: BookingReasonInput!) {
    waiveBookingCharge(input: $input) {
      id
      waiverReason
    }
  }
`;
const PUBLISH = gql`
  mutation PublishSession($id: ID!) {
    publishSession(id: $id) {
      id
      status
    }
  }
`;
const CANCEL_SESSION = gql`
  mutation CancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      id
      status
    }
  }
`;
const SET_QUOTAS = gql`
  mutation SetSessionQuotas($input: SessionQuotasInput!) {
    setSessionQuotas(input: $input) {
      id
    }
  }
`;
const MARK = gql`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      parts {
        id
      }
    }
  }
`;
const SETTLE = gql`
  mutation SettleSession($id: ID!) {
    settleSession(id: $id) {
      id
      status
    }
  }
`;
const CHECK_IN = gql`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      status
      source
    }
  }
`;
const RECORD_EXTERNAL = gql`mutation RecordExternalTraining($input: ExternalTrainingInput!) {
  recordExternalTraining(input: $input) { ${RECORD} }
}`;
const REGISTER_INTEREST = gql`
  mutation RegisterInterest($input: RegisterInterestInput!) {
    registerInterest(input: $input) {
      id
    }
  }
`;
const WITHDRAW_INTEREST = gql`
  mutation WithdrawInterest($courseId: ID!) {
    withdrawInterest(courseId: $courseId)
  }
`;
const ARCHIVE_COURSE = gql`
  mutation ArchiveCourse($id: ID!) {
    archiveCourse(id: $id) {
      id
      status
    }
  }
`;

interface SessionSearch {
  courseIds?: string[];
  siteIds?: string[];
  providerIds?: string[];
  statuses?: SessionStatus[];
  /** Sessions ending after this moment (ISO). */
  from?: string;
  /** Sessions starting before this moment (ISO). */
  to?: string;
}

export type SessionRow = SessionSummary & Required<Pick<SessionSummary, 'course' | 'parts' | 'places'>>;

export const useSessions = (filter: SessionSearch, page: number, perPage: number) =>
  useQuery({
    queryKey: ['training', 'sessions', filter, page, perPage],
    queryFn: async () =>
      (await read<{ trainingSessions: Page<SessionRow> }>(SESSIONS, { filter, page, perPage })).trainingSessions,
    placeholderData: keepPreviousData,
  });

type BookingSearch = { sessionIds?: string[]; statuses?: BookingStatus[] };
type Sort = { field: 'arrival' | 'createdAt'; order: 'ASC' | 'DESC' };

export const useMyBookings = (filter: BookingSearch, page: number, perPage: number) =>
  useQuery({
    queryKey: ['training', 'myBookings', filter, page, perPage],
    queryFn: async () =>
      (
        await read<{ myBookings: Page<Booking> }>(MY_BOOKINGS, {
          filter,
          page,
          perPage,
          sort: { field: 'createdAt', order: 'DESC' },
        })
      ).myBookings,
    placeholderData: keepPreviousData,
  });

/** The signed-in learner's live booking on each session, shown in place of "Book". */
export const useBookedSessions = (enabled: boolean): Record<string, BookingStatus> => {
  const { data } = useQuery({
    queryKey: ['training', 'bookedSessions'],
    queryFn: async () =>
      (
        await read<{ myBookings: Page<Pick<Booking, 'status'> & { session: { id: string } }> }>(BOOKED_SESSIONS, {
          filter: { statuses: LIVE_BOOKING },
        })
      ).myBookings.nodes,
    enabled,
  });
  return useMemo(() => Object.fromEntries((data ?? []).map((booking) => [booking.session.id, booking.status])), [data]);
};

/** Bookings in the signed-in user's reach: their team's for a manager, everyone's for a lead. */
export const useBookings = (filter: BookingSearch, page: number, perPage: number, sort: Sort) =>
  useQuery({
    queryKey: ['training', 'bookings', filter, page, perPage, sort],
    queryFn: async () => (await read<{ bookings: Page<Booking> }>(BOOKINGS, { filter, page, perPage, sort })).bookings,
    placeholderData: keepPreviousData,
  });

export const useApprovalInbox = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['training', 'approvalInbox', page, perPage],
    queryFn: async () =>
      (await read<{ approvalInbox: Page<Booking> }>(APPROVAL_INBOX, { page, perPage })).approvalInbox,
    placeholderData: keepPreviousData,
  });

export const useRegister = (sessionId: string) =>
  useQuery({
    queryKey: ['training', 'register', sessionId],
    queryFn: async () => (await read<{ register: Register }>(REGISTER, { sessionId })).register,
  });

export const useMyRecords = () =>
  useQuery({
    queryKey: ['training', 'myRecords'],
    queryFn: async () => (await read<{ myTrainingRecords: TrainingRecord[] }>(MY_RECORDS)).myTrainingRecords,
  });

export const useMyInterests = () =>
  useQuery({
    queryKey: ['training', 'myInterests'],
    queryFn: async () => (await read<{ myInterests: Interest[] }>(MY_INTERESTS)).myInterests,
  });

interface ExpiryScope {
  organisationId?: string;
  teamId?: string;
  personId?: string;
}

export const useTrainingExpiry = (scope: ExpiryScope, withinDays: number, page: number, perPage: number) =>
  useQuery({
    queryKey: ['training', 'expiry', scope, withinDays, page, perPage],
    queryFn: async () =>
      (await read<{ trainingExpiry: TrainingExpiry }>(EXPIRY, { scope, withinDays, page, perPage })).trainingExpiry,
    placeholderData: keepPreviousData,
  });

const CHARGE_FIGURES = 'lateCancellations noShows waived chargePence';
const CHARGES = gql`
  query BookingCharges($from: String!, $to: String!) {
    bookingChargesReport(from: $from, to: $to) {
      from
      to
      total { ${CHARGE_FIGURES} }
      organisations { organisation { id name } ${CHARGE_FIGURES} }
      people { person { id fullName } organisation { id name } ${CHARGE_FIGURES} }
    }
  }
`;

export interface ChargeFigures {
  lateCancellations: number;
  noShows: number;
  waived: number;
  chargePence: number;
}

export interface BookingCharges {
  from: string;
  to: string;
  total: ChargeFigures;
  organisations: (ChargeFigures & { organisation: { id: string; name: string } })[];
  people: (ChargeFigures & { person: { id: string; fullName: string }; organisation: { id: string; name: string } })[];
}

export const useBookingCharges = (from: string, to: string) =>
  useQuery({
    queryKey: ['training', 'charges', from, to],
    queryFn: async () =>
      (await read<{ bookingChargesReport: BookingCharges }>(CHARGES, { from, to })).bookingChargesReport,
    placeholderData: keepPreviousData,
  });

const PENDING_EXTERNAL = gql`
  query PendingExternalTraining($page: Int!, $perPage: Int!) {
    trainingRecords(
      filter: { sources: [EXTERNAL], validation: PENDING }
      page: $page
      perPage: $perPage
      sort: { field: "completedOn", order: ASC }
    ) {
      totalCount
      nodes { ${RECORD} person { id fullName } }
    }
  }
`;
const REVIEW_EXTERNAL = gql`
  mutation ReviewExternalTraining($input: ReviewExternalTrainingInput!) {
    reviewExternalTraining(input: $input) {
      id
      validation
    }
  }
`;

export type PendingExternalRecord = TrainingRecord & { person: { id: string; fullName: string } };

/** Training done elsewhere that the people the user manages recorded, waiting for them to validate. */
export const usePendingExternalTraining = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['training', 'pendingExternal', page, perPage],
    queryFn: async () =>
      (
        await read<{ trainingRecords: { nodes: PendingExternalRecord[]; totalCount: number } }>(PENDING_EXTERNAL, {
          page,
          perPage,
        })
      ).trainingRecords,
    placeholderData: keepPreviousData,
  });

export const reviewExternalTraining = (recordId: string, accept: boolean, comment: string | null) =>
  mutate<{ id: string; validation: RecordValidation }>(REVIEW_EXTERNAL, { input: { recordId, accept, comment } });

interface CourseDemand {
  total: number;
  bySite: { site: { id: string; name: string } | null; count: number }[];
  byOrganisation: { organisation: { id: string; name: string }; count: number }[];
}

export const useCourseDemand = (courseId: string) =>
  useQuery({
    queryKey: ['training', 'courseDemand', courseId],
    queryFn: async () => (await read<{ courseDemand: CourseDemand }>(COURSE_DEMAND, { courseId })).courseDemand,
  });

export const bookSession = (input: { sessionId: string; personId?: string; overrideReason?: string | null }) =>
  mutate<BookingOutcome>(BOOK_SESSION, { input });

export interface GroupBookingResult {
  personId: string;
  error: string | null;
  outcome: BookingOutcome | null;
}

export const bookPeople = (input: { sessionId: string; personIds: string[]; overrideReason?: string | null }) =>
  mutate<GroupBookingResult[]>(BOOK_PEOPLE, { input });

export const approveBooking = (bookingId: string, overrideReason: string | null) =>
  mutate<{ id: string; status: BookingStatus }>(APPROVE, { input: { bookingId, overrideReason } });

export const declineBooking = (bookingId: string, reason: string) =>
  mutate<{ id: string }>(DECLINE, { input: { bookingId, reason } });

export const cancelBooking = (id: string) =>
  mutate<{ id: string; status: BookingStatus; late: boolean }>(CANCEL_BOOKING, { id });

export const acceptOffer = (id: string) => mutate<{ id: string; status: BookingStatus }>(ACCEPT_OFFER, { id });

export const waiveBookingCharge = (bookingId: string, reason: string) =>
  mutate<{ id: string }>(WAIVE, { input: { bookingId, reason } });

export const publishSession = (id: string) => mutate<{ id: string }>(PUBLISH, { id });

export const cancelSession = (id: string, reason: string) =>
  mutate<{ id: string }>(CANCEL_SESSION, { input: { id, reason } });

export interface QuotaInput {
  organisationId: string | null;
  organisationKind: string | null;
  seats: number;
  releaseAt: string;
}

export const setSessionQuotas = (sessionId: string, quotas: QuotaInput[]) =>
  mutate<{ id: string }>(SET_QUOTAS, { input: { sessionId, quotas } });

export const markAttendance = (
  sessionId: string,
  partId: string,
  marks: { bookingId: string; status: AttendanceStatus }[],
) => mutate<unknown>(MARK, { input: { sessionId, partId, marks } });

export const settleSession = (id: string) => mutate<{ id: string; status: SessionStatus }>(SETTLE, { id });

export const checkIn = (code: string) => mutate<{ status: AttendanceStatus }>(CHECK_IN, { input: { code } });

export interface ExternalTrainingValues {
  title: string;
  completedOn: string;
  expiresOn?: string | null;
  cpdMinutes: number;
  evidence: string;
  courseId?: string | null;
}

export const recordExternalTraining = (input: ExternalTrainingValues) =>
  mutate<TrainingRecord>(RECORD_EXTERNAL, { input });

export const registerInterest = (courseId: string, siteId: string | null) =>
  mutate<{ id: string }>(REGISTER_INTEREST, { input: { courseId, siteId } });

export const withdrawInterest = (courseId: string) => mutate<boolean>(WITHDRAW_INTEREST, { courseId });

export const archiveCourse = (id: string) => mutate<{ id: string }>(ARCHIVE_COURSE, { id });
