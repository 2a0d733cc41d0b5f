import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { read } from '../skills/gaps/client';

/**
 * The few home-page figures no area reads already. Everything else on the home pages comes through
 * the areas' own hooks (training, skills, supervision, CPD), so a figure means the same everywhere.
 */

export interface MonthSession {
  id: string;
  status: 'DRAFT' | 'PUBLISHED' | 'COMPLETED' | 'CANCELLED';
  startsAt: string;
  course: { id: string; title: string };
  places: { capacity: number; confirmed: number; free: number };
}

const SESSIONS_BETWEEN = gql`
  query HomeSessions($filter: TrainingSessionFilter, $perPage: Int!) {
    trainingSessions(filter: $filter, page: 1, perPage: $perPage, sort: { field: "startsAt", order: ASC }) {
      nodes {
        id
        status
        startsAt
        course {
          id
          title
        }
        places {
          capacity
          confirmed
          free
        }
      }
      totalCount
    }
  }
`;

export interface TrainingPeriod {
  sessions: number;
  capacity: number;
  filled: number;
  fillRate: number;
  emptySeats: number;
  cancellations: number;
}

const TRAINING_PERIOD = gql`
  query TrainingPeriod($from: String!, $to: String!) {
    trainingPeriod(from: $from, to: $to) {
      sessions
      capacity
      filled
      fillRate
      emptySeats
      cancellations
    }
  }
`;

const COURSES_FOR_GAPS = gql`
  query HomeCourses {
    courses(filter: { status: ACTIVE }, page: 1, perPage: 100) {
      nodes {
        id
        title
        grants {
          competencyId
          level
        }
      }
    }
  }
`;

const FAILURES = gql`
  query HomeFailures {
    syncRuns(filter: { statuses: [FAILED] }, page: 1, perPage: 1) {
      totalCount
    }
    notifications(filter: { statuses: [FAILED] }, page: 1, perPage: 1) {
      totalCount
    }
  }
`;

/**
 * Sessions that end after `from` and start before `to` (ISO moments), cancelled ones included;
 * with `mine`, only those the signed-in person trains.
 */
export const useSessionsBetween = (from: string, to: string, mine = false) =>
  useQuery({
    queryKey: ['home', 'sessions', from, to, mine],
    queryFn: async () =>
      (
        await read<{ trainingSessions: { nodes: MonthSession[]; totalCount: number } }>(SESSIONS_BETWEEN, {
          filter: { from, to, ...(mine ? { mine } : {}) },
          perPage: 200,
        })
      ).trainingSessions,
  });

/** Totals of the sessions starting between two days (YYYY-MM-DD, both included). */
export const useTrainingPeriod = (from: string, to: string) =>
  useQuery({
    queryKey: ['home', 'period', from, to],
    queryFn: async () => (await read<{ trainingPeriod: TrainingPeriod }>(TRAINING_PERIOD, { from, to })).trainingPeriod,
  });

export interface CourseGrants {
  id: string;
  title: string;
  grants: { competencyId: string; level: number }[];
}

export const useActiveCourses = (enabled: boolean) =>
  useQuery({
    queryKey: ['home', 'courses'],
    enabled,
    queryFn: async () => (await read<{ courses: { nodes: CourseGrants[] } }>(COURSES_FOR_GAPS)).courses.nodes,
  });

export interface NearSession {
  id: string;
  startsAt: string;
  course: { id: string };
  site: { name: string } | null;
  places: { free: number };
}

const SESSIONS_NEAR_ME = gql`
  query SessionsNearMe($courseIds: [ID!]!) {
    sessionsNearMe(courseIds: $courseIds, perCourse: 1) {
      id
      startsAt
      course {
        id
      }
      site {
        name
      }
      places {
        free
      }
    }
  }
`;

/** Each course's next session nearest where the signed-in person works; the API ranks them. */
export const useSessionsNearMe = (courseIds: string[]) =>
  useQuery({
    queryKey: ['home', 'nearMe', courseIds],
    enabled: courseIds.length > 0,
    queryFn: async () =>
      (await read<{ sessionsNearMe: NearSession[] }>(SESSIONS_NEAR_ME, { courseIds })).sessionsNearMe,
  });

export const useFailures = (enabled: boolean) =>
  useQuery({
    queryKey: ['home', 'failures'],
    enabled,
    queryFn: async () => {
      const data = await read<{ syncRuns: { totalCount: number }; notifications: { totalCount: number } }>(FAILURES);
      return { syncRuns: data.syncRuns.totalCount, notifications: data.notifications.totalCount };
    },
  });
