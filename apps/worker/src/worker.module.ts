import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@kindred/config';
import { JobsModule, ScheduleDefinition } from '@kindred/jobs';
import { RedisModule } from '@kindred/common';
import { DatabaseModule } from '@kindred/database';
import { AuthModule, refreshTokenPurgeSchedule } from '@kindred/auth';
import { NotifyModule, outboxRelaySchedule, weeklyDigestSchedule } from '@kindred/notify';
import { dbsRecheckRemindersSchedule, OrgModule } from '@kindred/org';
import {
  CultureModule,
  feedbackInvitationsSchedule,
  PlanModule,
  PlanningModule,
  snapshotObjectivesSchedule,
} from '@kindred/planning';
import { lapseEvidenceSchedule, SkillsModule } from '@kindred/skills';
import {
  bookingPushRelaySchedule,
  keepPlacesSchedule,
  TrainingModule,
  trainingRemindersSchedule,
} from '@kindred/training';
import { CpdModule, harvestCpdSchedule } from '@kindred/cpd';
import { installedPlugins } from '@kindred/plugins';
import { ProviderSyncModule, syncTickSchedule } from '@kindred/provider-sync';
import {
  resealSchedule,
  retentionSchedule,
  SupervisionModule,
  supervisionRemindersSchedule,
} from '@kindred/supervision';

type ModuleImports = NonNullable<ModuleMetadata['imports']>;

/**
 * Where libraries plug into the worker. A lib that owns jobs lists the module providing its
 * `@JobHandler`s in WORKER_FEATURE_MODULES, and its `defineSchedule`s in WORKER_SCHEDULES.
 * Boot fails while a defined job has no handler.
 */
const WORKER_FEATURE_MODULES: ModuleImports = [
  NotifyModule,
  AuthModule,
  OrgModule,
  SkillsModule,
  TrainingModule,
  SupervisionModule,
  CpdModule,
  PlanningModule,
  CultureModule,
  PlanModule,
];
const WORKER_SCHEDULES: ScheduleDefinition[] = [
  refreshTokenPurgeSchedule,
  outboxRelaySchedule,
  lapseEvidenceSchedule,
  keepPlacesSchedule,
  retentionSchedule,
  resealSchedule,
  trainingRemindersSchedule,
  harvestCpdSchedule,
  syncTickSchedule,
  bookingPushRelaySchedule,
  dbsRecheckRemindersSchedule,
  snapshotObjectivesSchedule,
  supervisionRemindersSchedule,
  weeklyDigestSchedule,
  feedbackInvitationsSchedule,
];

/** Background jobs and schedules; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.log.level } }),
        // Global, so its check of the schema runs before the worker takes any job.
        DatabaseModule.forRoot(),
        RedisModule,
        ...WORKER_FEATURE_MODULES,
        // Made per configuration: one module per plugin enabled in a partnership file.
        ProviderSyncModule.forRoot(config, installedPlugins),
        JobsModule.forWorker({ schedules: WORKER_SCHEDULES }),
      ],
    };
  }
}
