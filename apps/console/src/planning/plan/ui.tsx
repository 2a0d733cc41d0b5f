import { LinearProgress, Stack, Typography } from '@mui/material';
import type { Trajectory } from './types';

export const TRAJECTORY: Record<Trajectory, { label: string; color: 'success' | 'warning' | 'error' }> = {
  ON_TRACK: { label: 'On track', color: 'success' },
  AT_RISK: { label: 'At risk', color: 'warning' },
  OFF_TRACK: { label: 'Off track', color: 'error' },
};

export const ProgressBar = ({ label, percent, target }: { label: string; percent: number; target?: number }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    <LinearProgress
      variant="determinate"
      value={Math.min(100, percent)}
      aria-label={label}
      sx={{ flexGrow: 1, height: 10, borderRadius: 1 }}
    />
    <Typography variant="body2" sx={{ minWidth: 120 }}>
      {percent}%{target !== undefined ? ` of ${target}%` : ''}
    </Typography>
  </Stack>
);
