import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@kindred/config';
import { JobsModule, ScheduleDefinition } from '@kindred/jobs';
import { RedisModule } from '@kindred/common';
import { DatabaseModule } from '@kindred/database';
import { AuthModule, refreshTokenPurgeSchedule } from '@kindred/auth';
import { NotifyModule, outboxRelaySchedule } from '@kindred/notify';
import { OrgModule } from '@kindred/org';
import { lapseEvidenceSchedule, SkillsModule } from '@kindred/skills';
import { keepPlacesSchedule, TrainingModule } from '@kindred/training';

type ModuleImports = NonNullable<ModuleMetadata['imports']>;

/**
 * Where libraries plug into the worker. A lib that owns jobs lists the module providing its
 * `@JobHandler`s in WORKER_FEATURE_MODULES, and its `defineSchedule`s in WORKER_SCHEDULES.
 * Boot fails while a defined job has no handler.
 */
const WORKER_FEATURE_MODULES: ModuleImports = [NotifyModule, AuthModule, OrgModule, SkillsModule, TrainingModule];
const WORKER_SCHEDULES: ScheduleDefinition[] = [
  refreshTokenPurgeSchedule,
  outboxRelaySchedule,
  lapseEvidenceSchedule,
  keepPlacesSchedule,
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
        JobsModule.forWorker({ schedules: WORKER_SCHEDULES }),
      ],
    };
  }
}
