import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { type AppConfig, ConfigError, loadConfig, type PluginSettings } from '@kindred/config';
import { definePlugin, type KindredPlugin } from '@kindred/plugin-sdk';
import { installedPlugins } from '@kindred/plugins';
import { resolvePluginInstances } from './plugin-instances';

const repoConfig = () =>
  loadConfig({
    KINDRED_CONFIG_DIR: resolve(__dirname, '../../../../config'),
    DATABASE_URL: 'postgres://unused@127.0.0.1:5432/unused',
    JWT_SECRET: 'plugin-specs-never-sign-any-token-at-all',
  });

const withPlugins = (plugins: (Partial<PluginSettings> & { id: string })[]): AppConfig => {
  const config = repoConfig();
  const northshire = config.partnership('northshire')!;
  northshire.plugins = plugins.map((p) => ({
    instance: p.id!,
    provider: 'A provider',
    schedules: {},
    options: {},
    ...p,
  }));
  return config;
};

const problems = (config: AppConfig, plugins: readonly KindredPlugin[]) => {
  try {
    resolvePluginInstances(config, plugins);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

/** A plugin that says it pulls sessions and takes bookings but implements only sessions. */
const boastful = definePlugin({
  id: 'boastful',
  displayName: 'Boastful',
  sdk: '^1.0.0',
  capabilities: ['sessions', 'bookings'],
  options: z.object({}),
  createAdapter: () => ({ sessions: async () => ({ records: [], cursor: null, more: false }) }),
});

const honest = definePlugin({ ...boastful, id: 'honest', capabilities: ['sessions'] });

/** Takes bookings when its options say so, but can only make them, not cancel them. */
const halfBooking = definePlugin({
  id: 'half-booking',
  displayName: 'Half booking',
  sdk: '^1.0.0',
  capabilities: ['sessions', 'bookings'],
  enabledCapabilities: (options) => (options.bookings ? ['sessions', 'bookings', 'webhook'] : ['sessions']),
  options: z.object({ bookings: z.boolean().default(false) }),
  createAdapter: () => ({
    sessions: async () => ({ records: [], cursor: null, more: false }),
    pushBooking: async () => ({ externalId: 'B-1' }),
  }),
});
const fromTheFuture = definePlugin({ ...honest, id: 'from-the-future', sdk: '^2.0.0' });

describe('plugin instances at boot', () => {
  it("resolves the demo partnership's plugins with their options and default schedules", () => {
    const instances = resolvePluginInstances(repoConfig(), installedPlugins);
    expect(instances.map((i) => [i.context.instance, i.plugin.id, i.context.provider, i.schedules])).toEqual([
      ['nscp-calendar', 'ical-feed', 'Northshire Safeguarding Children Partnership', { sessions: '15 */6 * * *' }],
      ['mindfirst-lrs', 'xapi-lrs', 'Mind First Training UK', { completions: '40 * * * *' }],
      [
        'infant-feeding-drops',
        'csv-drop',
        'Northshire Community Health Infant Feeding Team',
        { catalogue: '5 2 * * *', sessions: '10 * * * *', completions: '20 * * * *' },
      ],
      [
        'northshire-learning-hub',
        'northshire-learning-hub',
        'Northshire Family Hubs Workforce Development Team',
        { catalogue: '30 3 * * *' },
      ],
      ['solihull-bookings', 'http-json', 'Solihull Approach online', {}],
    ]);
  });

  it('refuses a plugin that claims a capability its adapter does not implement, or needs another SDK', () => {
    expect(problems(withPlugins([{ id: 'boastful' }, { id: 'from-the-future' }]), [boastful, fromTheFuture])).toEqual([
      'partnerships/northshire.yaml: plugins[0] (boastful): claims "bookings" but its adapter does not implement pushBooking(), cancelBooking()',
      'partnerships/northshire.yaml: plugins[1] (from-the-future): needs plugin SDK ^2.0.0; this Kindred has 1.0.0',
    ]);
  });

  it('checks the capabilities an instance switches on: bookings need push and cancel, and must be declared', () => {
    expect(
      problems(
        withPlugins([
          { id: 'half-booking', instance: 'quiet' },
          { id: 'half-booking', instance: 'booking', options: { bookings: true } },
        ]),
        [halfBooking],
      ),
    ).toEqual([
      'partnerships/northshire.yaml: plugins[1] (half-booking): its options switch on webhook, which the plugin does not declare',
      'partnerships/northshire.yaml: plugins[1] (half-booking): claims "bookings" but its adapter does not implement cancelBooking()',
      'partnerships/northshire.yaml: plugins[1] (half-booking): claims "webhook" but its adapter does not implement webhook()',
    ]);
    const restful = (options: Record<string, unknown>) =>
      resolvePluginInstances(
        withPlugins([{ id: 'http-json', options: { baseUrl: 'https://provider.example/', ...options } }]),
        installedPlugins,
      )[0];
    const booking = {
      create: { path: 'sessions/{sessionId}/bookings' },
      cancel: { path: 'bookings/{reference}' },
    };
    expect(restful({ bookings: booking }).capabilities).toEqual(['bookings']);
    expect(restful({ bookings: booking }).schedules).toEqual({});
    expect(restful({ completions: { path: 'done', fields: { email: 'email' } } }).capabilities).toEqual([
      'completions',
    ]);
    expect(() => restful({ bookings: { ...booking, cancel: { path: 'bookings/{learner}' } } })).toThrow(
      'options.bookings.cancel.path: may name only {sessionId}, {bookingId}, {reference}',
    );
  });

  it('refuses a schedule that is not cron, and a plugin enabled twice under one name', () => {
    const config = withPlugins([{ id: 'honest', schedules: { sessions: 'every day' } }]);
    expect(problems(config, [honest])).toEqual([
      'partnerships/northshire.yaml: plugins[0] (honest): schedules.sessions: "every day" is not a cron expression',
    ]);
    const twice = `slug: northshire\nname: Northshire\nsenderEmail: a@b.example\nbranding: { primaryColour: '#000000', secondaryColour: '#ffffff' }\npolicies: {}\nplugins:\n  - { id: ical-feed, provider: P }\n  - { id: ical-feed, provider: Q }\n`;
    expect(() => loadConfigWith(twice)).toThrow('"ical-feed" is enabled twice: give each a different instance name');
  });
});

function loadConfigWith(northshire: string): AppConfig {
  const dir = mkdtempSync(resolve(tmpdir(), 'kindred-plugins-'));
  cpSync(resolve(__dirname, '../../../../config/default.yaml'), resolve(dir, 'default.yaml'));
  cpSync(resolve(__dirname, '../../../../config/partnerships'), resolve(dir, 'partnerships'), { recursive: true });
  writeFileSync(resolve(dir, 'partnerships/northshire.yaml'), northshire);
  return loadConfig({ KINDRED_CONFIG_DIR: dir, DATABASE_URL: 'postgres://u@h:5432/d', JWT_SECRET: 'x'.repeat(40) });
}
