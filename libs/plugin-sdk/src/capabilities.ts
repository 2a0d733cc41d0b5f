import type { BookingCancel, BookingPush, CompletionRecord, CourseRecord, Page, SessionRecord } from './records';

export const CAPABILITIES = ['catalogue', 'sessions', 'completions', 'bookings', 'webhook'] as const;
export type Capability = (typeof CAPABILITIES)[number];
/** The capabilities Kindred pulls on a schedule. */
export type PullCapability = Extract<Capability, 'catalogue' | 'sessions' | 'completions'>;
export const PULL_CAPABILITIES: readonly PullCapability[] = ['catalogue', 'sessions', 'completions'];

/** What a pull gets: where the last page left off, and a signal that aborts it when the run stops. */
export interface PullRequest {
  cursor: string | null;
  signal?: AbortSignal;
}

/** A webhook delivery as it reached Kindred, body untouched so signatures can be checked. */
export interface WebhookDelivery {
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
}

/** What the adapter read from a delivery whose signature it accepted. */
export interface WebhookContent {
  /** The provider's id of the delivery: a delivery seen before is not applied again. */
  deliveryId: string;
  completions: CompletionRecord[];
}

/**
 * The adapter a plugin makes for one partnership. It implements one method per capability it
 * claims, reads the provider and returns canonical records; it never writes Kindred's tables.
 */
export interface ProviderAdapter {
  catalogue?(request: PullRequest): Promise<Page<CourseRecord>>;
  sessions?(request: PullRequest): Promise<Page<SessionRecord>>;
  completions?(request: PullRequest): Promise<Page<CompletionRecord>>;
  /**
   * Books a place with the provider; resolves to the provider's reference for the booking, which
   * Kindred keeps and names when it cancels. Throws a ProviderError when the provider refuses.
   */
  pushBooking?(booking: BookingPush): Promise<{ externalId: string }>;
  /** Cancels a booking pushed before, by the reference the push got back. */
  cancelBooking?(booking: BookingCancel): Promise<void>;
  /** Checks the signature and reads a delivery; throws ProviderError('SIGNATURE', …) when it is not genuine. */
  webhook?(delivery: WebhookDelivery): WebhookContent;
}

/** The adapter methods a capability needs; boot fails when a plugin claims a capability without them. */
export const CAPABILITY_METHODS: Record<Capability, (keyof ProviderAdapter)[]> = {
  catalogue: ['catalogue'],
  sessions: ['sessions'],
  completions: ['completions'],
  bookings: ['pushBooking', 'cancelBooking'],
  webhook: ['webhook'],
};
