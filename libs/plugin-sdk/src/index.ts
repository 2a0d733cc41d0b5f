export {
  CAPABILITIES,
  CAPABILITY_METHODS,
  type Capability,
  PULL_CAPABILITIES,
  type ProviderAdapter,
  type PullCapability,
  type PullRequest,
  type WebhookContent,
  type WebhookDelivery,
} from './capabilities';
export { adapterToken, definePlugin, type KindredPlugin, type PluginContext, type PluginDefinition } from './plugin';
export { basicAuth, ProviderClient, type ProviderRequest } from './provider-client';
export { ProviderError, type ProviderFailure } from './provider-error';
export type {
  BookingCancel,
  BookingPush,
  CompletionRecord,
  CourseRecord,
  LearnerRef,
  Page,
  RecordProblem,
  SessionRecord,
} from './records';
export { readSecret, secretOption, type SecretRef } from './secret';
export { satisfies, SDK_VERSION } from './version';
export { isTimeZone, wallClock } from './wall-clock';
