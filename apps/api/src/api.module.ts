import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig, ConfigModule } from '@kindred/config';
import { RedisModule } from '@kindred/common';
import { DatabaseModule } from '@kindred/database';
import { AuthModule } from '@kindred/auth';
import { OrgModule } from '@kindred/org';
import { SkillsModule } from '@kindred/skills';
import { TrainingModule } from '@kindred/training';
import { CultureModule, PathwaysModule, PlanModule, PlanningModule } from '@kindred/planning';
import { SupervisionModule } from '@kindred/supervision';
import { CpdModule } from '@kindred/cpd';
import { JobsModule } from '@kindred/jobs';
import { NotifyModule } from '@kindred/notify';
import { installedPlugins } from '@kindred/plugins';
import { ProviderSyncModule } from '@kindred/provider-sync';
import { ExpectedErrorsFilter } from './graphql/expected-errors.filter';
import { errorFormatter } from './graphql/format-error';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { HealthController } from './health/health.controller';
import { CaughtMailResolver } from './notifications/caught-mail.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { FailedJobsResolver } from './operations/failed-jobs.resolver';

function consoleModule(config: AppConfig): DynamicModule[] {
  const rootPath = resolve(config.http.consoleDir);
  if (!existsSync(rootPath)) {
    new Logger('Console').warn(`No built console at ${rootPath}; run "npm run build:console". Serving the API only.`);
    return [];
  }
  return [
    ServeStaticModule.forRoot({
      rootPath,
      exclude: [
        '/graphql{*path}',
        '/health{*path}',
        '/certificates{*path}',
        '/calendar{*path}',
        '/cpd/{*path}',
        '/webhooks{*path}',
      ],
    }),
  ];
}

/** HTTP and GraphQL. No queue processors and no crons: those run in the worker. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.log.level,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
          },
        }),
        DatabaseModule.forRoot(),
        RedisModule,
        TerminusModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.env !== 'production',
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: errorFormatter(new Logger('GraphQL')),
          plugins: [queryLimitsPlugin(config.graphql)],
        }),
        JobsModule.forApi(),
        NotifyModule,
        AuthModule,
        OrgModule,
        SkillsModule,
        TrainingModule,
        SupervisionModule,
        CpdModule,
        ProviderSyncModule.forRoot(config, installedPlugins),
        PlanningModule,
        CultureModule,
        PlanModule,
        PathwaysModule,
        ...consoleModule(config),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
        FailedJobsResolver,
        NotificationsResolver,
        CaughtMailResolver,
      ],
    };
  }
}
