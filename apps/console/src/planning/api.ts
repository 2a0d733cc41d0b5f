import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { mutate } from '../skills/frameworks/api';
import { read } from '../skills/gaps/client';
import type { ScheduleDraft } from './types';

const DRAFT = `id termStartsOn termEndsOn status progress error requestedAt onlineUrl notes names { id name }
  sessions { key courseId trainerId roomId siteId days slot capacity pinned explanation onlineUrl invitees { personId priority overdue } }
  unmet { personId courseId priority overdue reason detail } publications { key sessionId refusal }`;

const DRAFTS = gql`query ScheduleDrafts { scheduleDrafts { ${DRAFT} } }`;
const CREATE = gql`
  mutation CreateScheduleDraft($input: CreateScheduleDraftInput!) {
    createScheduleDraft(input: $input) {
      id
    }
  }
`;
const PIN = gql`
  mutation PinDraftSession($id: ID!, $key: ID!) {
    pinDraftSession(id: $id, key: $key) {
      id
    }
  }
`;
const REMOVE = gql`
  mutation RemoveDraftSession($id: ID!, $key: ID!) {
    removeDraftSession(id: $id, key: $key) {
      id
    }
  }
`;
const RERUN = gql`
  mutation RerunScheduleDraft($id: ID!) {
    rerunScheduleDraft(id: $id) {
      id
    }
  }
`;
const PUBLISH = gql`
  mutation PublishScheduleDraft($id: ID!) {
    publishScheduleDraft(id: $id) {
      id
    }
  }
`;

const ONLINE_LINK = gql`
  mutation SetDraftOnlineLink($input: SetDraftOnlineLinkInput!) {
    setDraftOnlineLink(input: $input) {
      id
    }
  }
`;

const building = (drafts: ScheduleDraft[] | undefined) =>
  drafts?.some((d) => d.status === 'DRAFT' || d.status === 'RUNNING') ?? false;

/** The partnership's drafts, newest first, polled while one is being built. */
export const useScheduleDrafts = () =>
  useQuery({
    queryKey: ['scheduleDrafts'],
    queryFn: async () => (await read<{ scheduleDrafts: ScheduleDraft[] }>(DRAFTS)).scheduleDrafts,
    refetchInterval: (query) => (building(query.state.data) ? 1000 : false),
  });

export const createDraft = (termStart: string, termEnd: string) => mutate(CREATE, { input: { termStart, termEnd } });
export const pinSession = (id: string, key: string) => mutate(PIN, { id, key });
export const removeSession = (id: string, key: string) => mutate(REMOVE, { id, key });
export const rerunDraft = (id: string) => mutate(RERUN, { id });
export const publishDraft = (id: string) => mutate(PUBLISH, { id });
/** The draft's default online link (no `key`) or one online session's; an empty link takes it away. */
export const setOnlineLink = (id: string, key: string | null, url: string) =>
  mutate(ONLINE_LINK, { input: { id, key, url: url.trim() || null } });
