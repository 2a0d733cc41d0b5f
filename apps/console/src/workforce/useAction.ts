import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRedirect, useRefresh, type RaRecord } from 'react-admin';
import type { KindredDataProvider } from '../data/dataProvider';

/** How long a failure stays on screen: long enough to read the API's explanation. */
export const ERROR_NOTIFICATION = { type: 'error', autoHideDuration: 10_000 } as const;

/**
 * One of the workforce operations that is not a plain save (add a room, end a job…): says what
 * happened, shows the API's own explanation when it refuses, and reloads the page's data.
 */
export const useAction = <P, R>(
  run: (dataProvider: KindredDataProvider, params: P) => Promise<R>,
  messages: { success: (result: R, params: P) => string; failure: string },
  onDone?: () => void,
) => {
  const dataProvider = useDataProvider<KindredDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (params: P) => run(dataProvider, params),
    onSuccess: (result, params) => {
      notify(messages.success(result, params), { type: 'success' });
      onDone?.();
      refresh();
    },
    onError: (error: Error) => notify(`${messages.failure} ${error.message}`, ERROR_NOTIFICATION),
  });
};

/**
 * `mutationOptions` for a Create or Edit page: names what was saved, opens its page, and keeps the
 * API's explanation on screen long enough to read when it refuses.
 */
export const useSaveOptions = <T extends RaRecord>(resource: string, done: (record: T) => string) => {
  const notify = useNotify();
  const redirect = useRedirect();
  return {
    onSuccess: (record: T) => {
      notify(done(record), { type: 'success' });
      redirect('show', resource, record.id, record);
    },
    onError: (error: unknown) => notify(error instanceof Error ? error.message : String(error), ERROR_NOTIFICATION),
  };
};
