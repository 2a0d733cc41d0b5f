import { gql } from '@apollo/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { mutate } from '../skills/frameworks/api';
import { read } from '../skills/gaps/client';

export type SyncStatus = 'QUEUED' | 'RUNNING' | 'RETRYING' | 'SUCCEEDED' | 'FAILED';

export interface SyncRun {
  id: string;
  instance: string;
  capability: string;
  trigger: 'SCHEDULE' | 'MANUAL';
  status: SyncStatus;
  attempts: number;
  pages: number;
  created: number;
  updated: number;
  unchanged: number;
  unmatched: number;
  errors: number;
  message: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ProviderPlugin {
  id: string;
  pluginId: string;
  displayName: string;
  provider: string;
  capabilities: string[];
  schedules: { capability: string; cron: string }[];
  lastRun: SyncRun | null;
}

export interface SyncLogLine {
  id: string;
  at: string;
  level: 'INFO' | 'WARN' | 'ERROR';
  record: string | null;
  message: string;
}

export interface UnmatchedCompletion {
  id: string;
  instance: string;
  provider: string;
  externalId: string;
  learnerEmail: string | null;
  learnerEmployeeNumber: string | null;
  learnerName: string | null;
  courseTitle: string;
  completedOn: string;
  createdAt: string;
}

export interface BookingPush {
  id: string;
  bookingId: string;
  action: 'BOOK' | 'CANCEL';
  status: 'PENDING' | 'QUEUED' | 'SUCCEEDED' | 'FAILED' | 'SKIPPED';
  provider: string;
  sessionExternalId: string;
  learnerName: string;
  attempts: number;
  message: string | null;
  createdAt: string;
}

interface Page<T> {
  nodes: T[];
  totalCount: number;
}

const RUN = `id instance capability trigger status attempts pages created updated unchanged unmatched errors message
  createdAt finishedAt`;

const PLUGINS = gql`query ProviderPlugins {
  providerPlugins(perPage: 100) { nodes { id pluginId displayName provider capabilities schedules { capability cron } lastRun { ${RUN} } } totalCount }
}`;
const RUNS = gql`query SyncRuns($page: Int!, $perPage: Int!) {
  syncRuns(page: $page, perPage: $perPage) { nodes { ${RUN} } totalCount }
}`;
const LINES = gql`
  query SyncLogLines($runId: ID!) {
    syncLogLines(filter: { runId: $runId }, perPage: 500) {
      nodes {
        id
        at
        level
        record
        message
      }
      totalCount
    }
  }
`;
const UNMATCHED = gql`
  query UnmatchedCompletions($page: Int!, $perPage: Int!) {
    unmatchedCompletions(filter: { statuses: [OPEN] }, page: $page, perPage: $perPage) {
      nodes {
        id
        instance
        provider
        externalId
        learnerEmail
        learnerEmployeeNumber
        learnerName
        courseTitle
        completedOn
        createdAt
      }
      totalCount
    }
  }
`;
const FAILED_PUSHES = gql`
  query FailedBookingPushes($page: Int!, $perPage: Int!) {
    bookingPushes(filter: { statuses: [FAILED] }, page: $page, perPage: $perPage) {
      nodes {
        id
        bookingId
        action
        status
        provider
        sessionExternalId
        learnerName
        attempts
        message
        createdAt
      }
      totalCount
    }
  }
`;
const RETRY_PUSH = gql`
  mutation RetryBookingPush($input: RetryBookingPushInput!) {
    retryBookingPush(input: $input) {
      id
      status
    }
  }
`;
const SYNC_NOW = gql`mutation SyncNow($input: SyncNowInput!) { syncNow(input: $input) { ${RUN} } }`;
const RESOLVE = gql`
  mutation ResolveUnmatchedCompletion($input: ResolveUnmatchedCompletionInput!) {
    resolveUnmatchedCompletion(input: $input) {
      id
      status
    }
  }
`;
const DISMISS = gql`
  mutation DismissUnmatchedCompletion($input: DismissUnmatchedCompletionInput!) {
    dismissUnmatchedCompletion(input: $input) {
      id
      status
    }
  }
`;

const active = (run: SyncRun | null | undefined) =>
  run?.status === 'QUEUED' || run?.status === 'RUNNING' || run?.status === 'RETRYING';

/** Refreshed every two seconds while a run is under way, so "sync now" shows its outcome. */
export const usePlugins = () =>
  useQuery({
    queryKey: ['providerPlugins'],
    queryFn: async () => (await read<{ providerPlugins: Page<ProviderPlugin> }>(PLUGINS)).providerPlugins,
    refetchInterval: (query) => (query.state.data?.nodes.some((p) => active(p.lastRun)) ? 2_000 : false),
  });

export const useRuns = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['syncRuns', page, perPage],
    queryFn: async () => (await read<{ syncRuns: Page<SyncRun> }>(RUNS, { page, perPage })).syncRuns,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.nodes.some(active) ? 2_000 : false),
  });

export const useLines = (runId: string) =>
  useQuery({
    queryKey: ['syncLogLines', runId],
    queryFn: async () => (await read<{ syncLogLines: Page<SyncLogLine> }>(LINES, { runId })).syncLogLines,
  });

export const useUnmatched = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['unmatchedCompletions', page, perPage],
    queryFn: async () =>
      (await read<{ unmatchedCompletions: Page<UnmatchedCompletion> }>(UNMATCHED, { page, perPage }))
        .unmatchedCompletions,
    placeholderData: keepPreviousData,
  });

export const useFailedPushes = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['failedBookingPushes', page, perPage],
    queryFn: async () =>
      (await read<{ bookingPushes: Page<BookingPush> }>(FAILED_PUSHES, { page, perPage })).bookingPushes,
    placeholderData: keepPreviousData,
  });

export const retryPush = (push: BookingPush) =>
  mutate(RETRY_PUSH, { input: { bookingId: push.bookingId, action: push.action } });
export const syncNow = (instance: string) => mutate<SyncRun[]>(SYNC_NOW, { input: { instance } });
export const resolveUnmatched = (id: string, personId: string) => mutate(RESOLVE, { input: { id, personId } });
export const dismissUnmatched = (id: string, reason: string) => mutate(DISMISS, { input: { id, reason } });
