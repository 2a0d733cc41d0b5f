import { authEntities } from '@kindred/auth';
import { cpdEntities } from '@kindred/cpd';
import { Notification, NotificationPreference } from '@kindred/notify';
import { orgEntities } from '@kindred/org';
import { installedPlugins } from '@kindred/plugins';
import { providerSyncEntities } from '@kindred/provider-sync';
import { cultureEntities, planningEntities } from '@kindred/planning';
import { skillsEntities } from '@kindred/skills';
import { supervisionEntities } from '@kindred/supervision';
import { trainingEntities } from '@kindred/training';

/** Every entity of every lib: what migrations are generated from and checked against. */
export const allEntities = [
  ...authEntities,
  ...orgEntities,
  ...skillsEntities,
  ...trainingEntities,
  ...supervisionEntities,
  ...cpdEntities,
  ...planningEntities,
  ...cultureEntities,
  Notification,
  NotificationPreference,
  ...providerSyncEntities,
  // Plugins may keep entities of their own; their tables are migrated with the core's.
  ...installedPlugins.flatMap((plugin) => plugin.entities ?? []),
];
