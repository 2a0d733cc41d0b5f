import type { ChipProps } from '@mui/material';
import type { SyncStatus } from './api';

export const SYNC_STATUS_LABELS: Record<SyncStatus, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  RETRYING: 'Retrying',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};

export const SYNC_STATUS_COLOURS: Record<SyncStatus, ChipProps['color']> = {
  QUEUED: 'default',
  RUNNING: 'info',
  RETRYING: 'warning',
  SUCCEEDED: 'success',
  FAILED: 'error',
};
