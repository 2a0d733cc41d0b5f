import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { DomainError } from '@kindred/common';
import { detectFormat, readSheet } from '@kindred/org';
import {
  definePlugin,
  isTimeZone,
  type Page,
  ProviderClient,
  ProviderError,
  type PullCapability,
  type PullRequest,
  readSecret,
  secretOption,
} from '@kindred/plugin-sdk';
import { readRows } from './columns';

const MB = 1024 * 1024;

const options = z
  .object({
    /**
     * A folder (relative to the configuration folder) with a subfolder per kind of file:
     * `catalogue/`, `sessions/`, `completions/`. Files are read in name order, each once.
     */
    folder: z.string().min(1).optional(),
    /** Or the addresses where the provider publishes its latest export, read whole each run. */
    urls: z
      .object({ catalogue: z.string().url(), sessions: z.string().url(), completions: z.string().url() })
      .partial()
      .strict()
      .optional(),
    authorization: secretOption().optional(),
    timeZone: z.string().refine(isTimeZone, 'must be a time zone like Europe/London').default('Europe/London'),
    maxFileMb: z.number().min(0.001).max(50).default(10),
    timeoutMs: z.number().int().min(100).max(120_000).default(30_000),
  })
  .strict()
  .refine((o) => Boolean(o.folder) !== Boolean(o.urls), 'give either a folder or urls, not both');

type Options = z.infer<typeof options>;

/** The file as records, or the run's error naming it. */
async function pageOf(
  capability: PullCapability,
  name: string,
  bytes: Buffer,
  settings: Options,
): Promise<Pick<Page<never>, 'problems'> & { records: Page<never>['records'] }> {
  if (bytes.length > settings.maxFileMb * MB) {
    throw new ProviderError('MALFORMED', `${name} is larger than ${settings.maxFileMb} MB.`);
  }
  try {
    const rows = await readSheet(detectFormat(bytes), bytes);
    const read = readRows(capability, name, rows, settings.timeZone);
    return { records: read.records as never[], problems: read.problems };
  } catch (error) {
    if (error instanceof DomainError) throw new ProviderError('MALFORMED', `${name}: ${error.message}`);
    throw error;
  }
}

/**
 * Catalogue, sessions or completions from CSV or Excel files: dropped in a folder (each file a
 * page, the cursor the last file read), or fetched from where the provider publishes its export.
 * A file with any bad row is refused whole, with every bad row in the run log.
 */
export const csvDropPlugin = definePlugin({
  id: 'csv-drop',
  displayName: 'CSV / Excel files',
  sdk: '^1.0.0',
  capabilities: ['catalogue', 'sessions', 'completions'],
  schedules: { catalogue: '5 2 * * *', sessions: '10 * * * *', completions: '20 * * * *' },
  options,
  createAdapter(settings, context) {
    const folder =
      settings.folder && (isAbsolute(settings.folder) ? settings.folder : resolve(context.configDir, settings.folder));

    const fromFolder = async (capability: PullCapability, { cursor }: PullRequest) => {
      const dir = join(folder!, capability);
      const names = await readdir(dir).catch(() => [] as string[]);
      const waiting = names.filter((n) => /\.(csv|xlsx)$/i.test(n) && (!cursor || n > cursor)).sort();
      if (!waiting.length) return { records: [], cursor, more: false };
      const name = waiting[0];
      const path = join(dir, name);
      if ((await stat(path)).size > settings.maxFileMb * MB) {
        throw new ProviderError('MALFORMED', `${name} is larger than ${settings.maxFileMb} MB.`);
      }
      const page = await pageOf(capability, name, await readFile(path), settings);
      return { ...page, cursor: name, more: waiting.length > 1 };
    };

    const fromUrl = async (capability: PullCapability, { signal }: PullRequest) => {
      const url = settings.urls?.[capability];
      if (!url) return { records: [], cursor: null, more: false };
      const headers = settings.authorization ? { authorization: readSecret(settings.authorization) } : undefined;
      const bytes = await new ProviderClient(context.provider, settings.timeoutMs).bytes(url, { headers, signal });
      return { ...(await pageOf(capability, url, bytes, settings)), cursor: null, more: false };
    };

    const pull = (capability: PullCapability) => (request: PullRequest) =>
      folder ? fromFolder(capability, request) : fromUrl(capability, request);
    return { catalogue: pull('catalogue'), sessions: pull('sessions'), completions: pull('completions') };
  },
});
