import { gql } from '@apollo/client';
import { graphqlRequest } from '../auth/graphqlRequest';
import { mutate } from '../skills/frameworks/api';
import { read } from '../skills/gaps/client';

/** Messages: the partnership's outbox, the caught mail of development, and each person's own. */

export type NotificationStatus = 'PENDING' | 'QUEUED' | 'SENT' | 'FAILED' | 'SKIPPED';

export interface Message {
  id: string;
  recipientEmail: string;
  type: string;
  kind: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  subject: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  invite: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

const MESSAGE = 'id recipientEmail type kind status attempts lastError subject createdAt sentAt';

const NOTIFICATIONS = gql`query Notifications($filter: NotificationFilter, $page: Int!, $perPage: Int!) {
  notifications(filter: $filter, page: $page, perPage: $perPage) { nodes { ${MESSAGE} } totalCount }
}`;
const RETRY = gql`mutation RetryNotification($input: RetryNotificationInput!) {
  retryNotification(input: $input) { ${MESSAGE} }
}`;
const MINE = gql`query MyNotifications($page: Int!, $perPage: Int!) {
  myNotifications(page: $page, perPage: $perPage) { nodes { ${MESSAGE} } totalCount }
}`;
const PREFERENCES = gql`
  query MyNotificationPreferences {
    myNotificationPreferences {
      reminders
      digests
    }
  }
`;
const SET_PREFERENCES = gql`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      reminders
      digests
    }
  }
`;
const FEED = gql`
  query MyCalendarFeed {
    myCalendarFeed {
      active
      url
    }
  }
`;
const ISSUE_FEED = gql`
  mutation IssueCalendarFeed {
    issueCalendarFeed {
      active
      url
    }
  }
`;
const REVOKE_FEED = gql`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed {
      active
      url
    }
  }
`;
const CAUGHT = gql`
  query CaughtMail($page: Int!, $perPage: Int!) {
    caughtMail(page: $page, perPage: $perPage) {
      nodes {
        id
        receivedAt
        from
        to
        subject
        text
        html
        invite
      }
      totalCount
    }
  }
`;
const DECIDE = `mutation DecideBookingByLink($input: DecideBookingByLinkInput!) {
  decideBookingByLink(input: $input) { status courseTitle learnerName }
}`;

export interface Preferences {
  reminders: boolean;
  digests: boolean;
}
export interface CalendarFeed {
  active: boolean;
  url: string | null;
}

export const notifications = async (statuses: NotificationStatus[] | null, page: number, perPage: number) =>
  (
    await read<{ notifications: Page<Message> }>(NOTIFICATIONS, {
      filter: statuses ? { statuses } : null,
      page,
      perPage,
    })
  ).notifications;
export const retryNotification = (id: string) => mutate<Message>(RETRY, { input: { id } });
export const myNotifications = async (page: number, perPage: number) =>
  (await read<{ myNotifications: Page<Message> }>(MINE, { page, perPage })).myNotifications;
export const myPreferences = async () =>
  (await read<{ myNotificationPreferences: Preferences }>(PREFERENCES)).myNotificationPreferences;
export const setPreferences = (input: Preferences) => mutate<Preferences>(SET_PREFERENCES, { input });
export const myCalendarFeed = async () => (await read<{ myCalendarFeed: CalendarFeed }>(FEED)).myCalendarFeed;
export const issueCalendarFeed = () => mutate<CalendarFeed>(ISSUE_FEED, {});
export const revokeCalendarFeed = () => mutate<CalendarFeed>(REVOKE_FEED, {});
export const caughtMail = async (page: number, perPage: number) =>
  (await read<{ caughtMail: Page<CaughtMail> }>(CAUGHT, { page, perPage })).caughtMail;

/** Without a session: the approver's emailed link carries its own authority. */
export const decideByLink = async (token: string, approve: boolean, reason: string | null) =>
  (
    await graphqlRequest<{ decideBookingByLink: { status: string; courseTitle: string; learnerName: string } }>(
      DECIDE,
      { input: { token, approve, reason } },
    )
  ).decideBookingByLink;
