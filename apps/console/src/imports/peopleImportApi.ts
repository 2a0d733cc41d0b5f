import { getFreshAccessToken } from '../auth/session';
import { KindredError, NETWORK_ERROR } from '../errors';

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'REJECTED' | 'PARTIAL' | 'FAILED';

export interface ImportProblem {
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface ImportRun {
  id: string;
  fileName: string;
  status: ImportStatus;
  dryRun: boolean;
  skipInvalid: boolean;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

export const isFinished = (status: ImportStatus) => status !== 'QUEUED' && status !== 'RUNNING';

const IMPORT_RUN = `query ImportRun($id: ID!) {
  importRun(id: $id) {
    id fileName status dryRun skipInvalid totalRows processedRows created updated unchanged
    problems { row column value reason }
  }
}`;

const authorised = async (init: RequestInit = {}): Promise<RequestInit> => {
  const token = await getFreshAccessToken();
  return { ...init, headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
};

/** Sends a request; a failure the server explains (`{ code, message }`) is thrown as a KindredError. */
export async function send(path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, await authorised(init));
  } catch {
    throw new KindredError(NETWORK_ERROR, 'Cannot reach the Kindred server. Check your connection and try again.');
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  throw new KindredError(
    body?.code ?? 'INTERNAL_SERVER_ERROR',
    body?.message ?? `The server replied with HTTP ${response.status}. Please try again.`,
  );
}

/** Uploads a people file; the worker checks (dry run) or imports it. */
export async function uploadPeopleFile(
  file: File,
  options: { dryRun: boolean; skipInvalid: boolean },
): Promise<{ id: string }> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('dryRun', String(options.dryRun));
  form.set('skipInvalid', String(options.skipInvalid));
  const response = await send('/imports/people', { method: 'POST', body: form });
  return (await response.json()) as { id: string };
}

export async function fetchImportRun(id: string): Promise<ImportRun | null> {
  const response = await send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: IMPORT_RUN, variables: { id } }),
  });
  const body = (await response.json()) as {
    data?: { importRun: ImportRun | null };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const [error] = body.errors ?? [];
  if (error) throw new KindredError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message);
  return body.data?.importRun ?? null;
}

/** Downloads a file the api serves only to signed-in users, under the name it gives. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await send(path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}
