import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { AppConfig } from '@kindred/config';
import type { KindredPlugin } from '@kindred/plugin-sdk';
import { ProviderSyncResolver } from './console/provider-sync.resolver';
import { ProviderSyncService } from './console/provider-sync.service';
import { resolvePluginInstances } from './instances/plugin-instances';
import { PLUGIN_INSTANCES, PluginRegistry } from './instances/plugin-registry';
import { BookingPusher } from './push/booking-pusher';
import { providerSyncEntities } from './provider-sync.entities';
import { PageWriter } from './run/page-writer';
import { SyncLauncher } from './run/sync-launcher';
import { SyncRunner } from './run/sync-runner';
import { WebhookController } from './webhook/webhook.controller';
import { WebhookReceiver } from './webhook/webhook-receiver';

/**
 * Training-provider plugins in api and worker: checks every partnership's `plugins:` against the
 * installed plugins (boot fails with one line per problem), imports one module per enabled
 * instance, runs the syncs and booking pushes (worker) and serves the console's view of them (api).
 */
/** Declared once, as every lib's entities are: see `pluginEntities`. */
@Module({ imports: [MikroOrmModule.forFeature(providerSyncEntities)], exports: [MikroOrmModule] })
class ProviderSyncEntitiesModule {}

const entityModules = new WeakMap<readonly KindredPlugin[], DynamicModule[]>();

/**
 * The plugins' own entities, registered once per process: MikroORM's registry of feature entities
 * starts again at the first registration after an app closes, so registering on every boot (tests
 * start several apps) would drop every other lib's entities.
 */
function pluginEntities(installed: readonly KindredPlugin[]): DynamicModule[] {
  if (!entityModules.has(installed)) {
    const entities = installed.flatMap((plugin) => plugin.entities ?? []);
    entityModules.set(installed, entities.length ? [MikroOrmModule.forFeature([...entities])] : []);
  }
  return entityModules.get(installed)!;
}

@Module({})
export class ProviderSyncModule {
  static forRoot(config: AppConfig, installed: readonly KindredPlugin[]): DynamicModule {
    const instances = resolvePluginInstances(config, installed);
    return {
      module: ProviderSyncModule,
      imports: [
        ProviderSyncEntitiesModule,
        ...pluginEntities(installed),
        ...instances.map((i) => i.plugin.forPartnership(i.options, i.context)),
      ],
      providers: [
        { provide: PLUGIN_INSTANCES, useValue: instances },
        PluginRegistry,
        PageWriter,
        SyncLauncher,
        SyncRunner,
        ProviderSyncService,
        ProviderSyncResolver,
        WebhookReceiver,
        BookingPusher,
      ],
      controllers: [WebhookController],
    };
  }
}
