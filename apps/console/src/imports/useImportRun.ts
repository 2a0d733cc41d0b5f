import { useEffect, useState } from 'react';
import { type ImportRun, fetchImportRun, isFinished } from './peopleImportApi';

const POLL_MS = 1000;

/** Follows an import run until it finishes: its latest state, or why it cannot be followed. */
export function useImportRun(id: string | null): { run: ImportRun | null; error: string | null } {
  const [run, setRun] = useState<ImportRun | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setRun(null);
    setError(null);
    if (!id) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const latest = await fetchImportRun(id);
        if (stopped) return;
        if (!latest) return setError('This import can no longer be found. Upload the file again.');
        setRun(latest);
        if (!isFinished(latest.status)) timer = setTimeout(poll, POLL_MS);
      } catch (problem) {
        if (!stopped) setError((problem as Error).message);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);

  return { run, error };
}
