import type { DynamicModule } from '@nestjs/common';
import type { z } from 'zod';
import type { Capability, ProviderAdapter, PullCapability } from './capabilities';

/** Who an adapter works for: one plugin enabled in one partnership's file. */
export interface PluginContext {
  /** The partnership's slug. */
  partnership: string;
  /** The instance's name in the file, unique in the partnership (a plugin may be enabled twice). */
  instance: string;
  /** The training provider whose records this instance brings in. */
  provider: string;
  /** The configuration folder, for options that name files relative to it. */
  configDir: string;
}

/** What a plugin declares; `definePlugin` checks it and adds the per-partnership module. */
export interface PluginDefinition<TOptions extends z.ZodTypeAny = z.ZodTypeAny> {
  /** Stable, lower-case: what partnership files name in `plugins: - id:`. */
  id: string;
  displayName: string;
  /** The SDK versions it works with: `^1.0.0`. */
  sdk: string;
  capabilities: readonly Capability[];
  /**
   * The capabilities one instance's options switch on, when a plugin does not do everything it
   * can for every partnership (a REST provider without booking endpoints takes no bookings).
   * Each must be among `capabilities`; all of them when left out.
   */
  enabledCapabilities?(options: z.infer<TOptions>): readonly Capability[];
  /** When to pull each capability unless the partnership's file says otherwise (cron, UTC). */
  schedules?: Partial<Record<PullCapability, string>>;
  /** The options schema, checked at boot: one line per problem. */
  options: TOptions;
  /** Entity classes of its own, if it keeps any (they join the migrator's list). */
  entities?: readonly (abstract new (...args: never[]) => unknown)[];
  /** Makes the adapter for one partnership from its checked options. No I/O here: it runs at boot. */
  createAdapter(options: z.infer<TOptions>, context: PluginContext): ProviderAdapter;
}

export interface KindredPlugin<TOptions extends z.ZodTypeAny = z.ZodTypeAny> extends PluginDefinition<TOptions> {
  /** The Nest module of one partnership's instance; it provides the adapter under `adapterToken`. */
  forPartnership(options: z.infer<TOptions>, context: PluginContext): DynamicModule;
}

/** The injection token of one instance's adapter. */
export const adapterToken = (partnership: string, instance: string): string =>
  `kindred-plugin:${partnership}:${instance}`;

const ID = /^[a-z][a-z0-9-]*$/;

/** Declares a plugin. Its adapter is made once per partnership that enables it, with that partnership's options. */
export function definePlugin<TOptions extends z.ZodTypeAny>(
  definition: PluginDefinition<TOptions>,
): KindredPlugin<TOptions> {
  if (!ID.test(definition.id))
    throw new Error(`Plugin id "${definition.id}" must be lower-case letters, digits and "-".`);
  class PluginInstanceModule {}
  Object.defineProperty(PluginInstanceModule, 'name', { value: `Plugin_${definition.id.replace(/-/g, '_')}` });
  return {
    ...definition,
    forPartnership(options, context) {
      const token = adapterToken(context.partnership, context.instance);
      return {
        module: PluginInstanceModule,
        providers: [{ provide: token, useFactory: () => definition.createAdapter(options, context) }],
        exports: [token],
      };
    },
  };
}
