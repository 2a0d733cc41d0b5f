import { type AppConfig, ConfigError } from '@kindred/config';
import { CronTime } from 'cron';
import {
  CAPABILITIES,
  CAPABILITY_METHODS,
  type Capability,
  type KindredPlugin,
  type PluginContext,
  type ProviderAdapter,
  PULL_CAPABILITIES,
  type PullCapability,
  satisfies,
  SDK_VERSION,
} from '@kindred/plugin-sdk';

/** One plugin enabled in one partnership, with checked options and its adapter. */
export interface PluginInstance {
  context: PluginContext;
  plugin: KindredPlugin;
  options: unknown;
  /** What this instance does: the plugin's capabilities its options switch on. */
  capabilities: readonly Capability[];
  /** Cron per pulled capability: the partnership's override, else the plugin's default. */
  schedules: Partial<Record<PullCapability, string>>;
}

/**
 * Reads every partnership's `plugins:` against the installed plugins and returns the instances,
 * or throws a ConfigError with one line per problem: an unknown plugin, options its schema refuses,
 * an SDK it was not written for, a capability its adapter does not implement (a plugin that
 * claims `bookings` must push and cancel them), a bad schedule.
 */
export function resolvePluginInstances(config: AppConfig, installed: readonly KindredPlugin[]): PluginInstance[] {
  const problems: string[] = [];
  const instances: PluginInstance[] = [];
  const byId = new Map(installed.map((plugin) => [plugin.id, plugin]));
  for (const partnership of config.partnerships) {
    partnership.plugins.forEach((settings, index) => {
      const where = `partnerships/${partnership.slug}.yaml: plugins[${index}]`;
      const plugin = byId.get(settings.id);
      if (!plugin) {
        problems.push(
          `${where}: no plugin "${settings.id}" is installed (installed: ${[...byId.keys()].sort().join(', ')})`,
        );
        return;
      }
      const named = `${where} (${plugin.id})`;
      if (!satisfies(SDK_VERSION, plugin.sdk)) {
        problems.push(`${named}: needs plugin SDK ${plugin.sdk}; this Kindred has ${SDK_VERSION}`);
        return;
      }
      const unknown = plugin.capabilities.filter((c) => !(CAPABILITIES as readonly string[]).includes(c));
      if (unknown.length) problems.push(`${named}: claims unknown capabilities ${unknown.join(', ')}`);
      const parsed = plugin.options.safeParse(settings.options);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = ['options', ...issue.path].join('.');
          problems.push(`${named}: ${path}: ${issue.message === 'Required' ? 'is required' : issue.message}`);
        }
        return;
      }
      const context: PluginContext = {
        partnership: partnership.slug,
        instance: settings.instance,
        provider: settings.provider,
        configDir: config.configDir,
      };
      // Made here only to check it; the instance's own module makes the one that runs.
      let adapter: ProviderAdapter;
      try {
        adapter = plugin.createAdapter(parsed.data, context);
      } catch (error) {
        problems.push(`${named}: ${(error as Error).message}`);
        return;
      }
      const capabilities = plugin.enabledCapabilities?.(parsed.data) ?? plugin.capabilities;
      const undeclared = capabilities.filter((c) => !plugin.capabilities.includes(c));
      if (undeclared.length) {
        problems.push(`${named}: its options switch on ${undeclared.join(', ')}, which the plugin does not declare`);
      }
      for (const capability of capabilities) {
        const missing = (CAPABILITY_METHODS[capability] ?? []).filter((m) => typeof adapter[m] !== 'function');
        if (missing.length) {
          problems.push(
            `${named}: claims "${capability}" but its adapter does not implement ${missing.map((m) => `${m}()`).join(', ')}`,
          );
        }
      }
      const schedules: Partial<Record<PullCapability, string>> = {};
      for (const capability of PULL_CAPABILITIES) {
        if (capabilities.includes(capability)) {
          const cron = settings.schedules[capability] ?? plugin.schedules?.[capability];
          if (cron) schedules[capability] = cron;
        }
      }
      for (const [capability, cron] of Object.entries(settings.schedules)) {
        if (
          !(PULL_CAPABILITIES as readonly string[]).includes(capability) ||
          !capabilities.includes(capability as Capability)
        ) {
          problems.push(`${named}: schedules.${capability}: ${plugin.id} pulls no "${capability}"`);
          continue;
        }
        if (!CronTime.validateCronExpression(cron).valid) {
          problems.push(`${named}: schedules.${capability}: "${cron}" is not a cron expression`);
        }
      }
      instances.push({ context, plugin, options: parsed.data, capabilities, schedules });
    });
  }
  if (problems.length) throw new ConfigError(problems);
  return instances;
}
