import { Box, Typography } from '@mui/material';
import { DataTable, DateField, List, usePermissions } from 'react-admin';
import type { FailedJob } from '../types';
import { RetryButton } from './RetryButton';

const Empty = () => (
  <Box sx={{ p: 4, textAlign: 'center' }}>
    <Typography variant="h6" component="p">
      No failed jobs. Everything queued has been processed or is still running.
    </Typography>
  </Box>
);

export const FailedJobList = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <List<FailedJob> title="Failed jobs" exporter={false} actions={false} empty={<Empty />}>
      {/* failedJobs takes no sort argument, so no column offers sorting. */}
      <DataTable<FailedJob> rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="queue" disableSort />
        <DataTable.Col source="name" disableSort />
        <DataTable.NumberCol source="attemptsMade" label="Attempts" disableSort />
        <DataTable.Col
          source="failedReason"
          label="Reason"
          disableSort
          cellSx={() => ({ maxWidth: 480, wordBreak: 'break-word' })}
        />
        <DataTable.Col source="failedAt" label="Failed at" disableSort>
          <DateField source="failedAt" showTime locales="en-GB" />
        </DataTable.Col>
        {permissions?.includes('job.retry') && (
          <DataTable.Col label="Actions" disableSort>
            <RetryButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
