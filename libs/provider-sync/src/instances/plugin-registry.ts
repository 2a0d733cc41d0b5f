import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NotFoundError } from '@kindred/common';
import { adapterToken, type ProviderAdapter } from '@kindred/plugin-sdk';
import type { PluginInstance } from './plugin-instances';

export const PLUGIN_INSTANCES = Symbol('PLUGIN_INSTANCES');

/** The plugin instances of every partnership, checked at boot, and their adapters. */
@Injectable()
export class PluginRegistry {
  constructor(
    @Inject(PLUGIN_INSTANCES) private readonly instances: readonly PluginInstance[],
    private readonly modules: ModuleRef,
  ) {}

  all(): readonly PluginInstance[] {
    return this.instances;
  }

  of(partnership: string): PluginInstance[] {
    return this.instances.filter((i) => i.context.partnership === partnership);
  }

  get(partnership: string, instance: string): PluginInstance {
    const found = this.instances.find((i) => i.context.partnership === partnership && i.context.instance === instance);
    if (!found) throw new NotFoundError('Provider plugin', instance);
    return found;
  }

  /** The adapter the instance's own module made. */
  adapter(instance: PluginInstance): ProviderAdapter {
    return this.modules.get<string, ProviderAdapter>(
      adapterToken(instance.context.partnership, instance.context.instance),
      { strict: false },
    );
  }
}
