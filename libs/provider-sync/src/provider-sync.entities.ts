import { SyncCursor, SyncLogLine, SyncRun } from './run/sync-run.entity';
import { UnmatchedCompletion } from './unmatched/unmatched-completion.entity';
import { WebhookDelivery } from './webhook/webhook-delivery.entity';

export const providerSyncEntities = [SyncRun, SyncLogLine, SyncCursor, UnmatchedCompletion, WebhookDelivery];
