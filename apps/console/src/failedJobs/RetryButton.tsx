import ReplayIcon from '@mui/icons-material/Replay';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { KindredDataProvider } from '../data/dataProvider';
import type { FailedJob } from '../types';

export const RetryButton = () => {
  const record = useRecordContext<FailedJob>();
  const dataProvider = useDataProvider<KindredDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (id: FailedJob['id']) => dataProvider.retryFailedJob({ id }),
    onSuccess: ({ data }) => {
      notify(`Job "${data.name}" is queued to run again.`, { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(`Could not retry the job: ${error.message}`, { type: 'error' }),
  });

  if (!record) return null;
  return (
    <Button
      label="Retry"
      aria-label={`Retry job ${record.name} (${record.id})`}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        mutate(record.id);
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
