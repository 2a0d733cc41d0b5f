export { ProviderSyncModule } from './provider-sync.module';
export { providerSyncEntities } from './provider-sync.entities';
export { resolvePluginInstances, type PluginInstance } from './instances/plugin-instances';
export { runSync, syncTick, syncTickSchedule, type SyncTickData } from './run/sync-jobs';
export { LogLevel, SyncCursor, SyncLogLine, SyncRun, SyncStatus, SyncTrigger } from './run/sync-run.entity';
export { UnmatchedCompletion, UnmatchedStatus } from './unmatched/unmatched-completion.entity';
export { WebhookDelivery } from './webhook/webhook-delivery.entity';
