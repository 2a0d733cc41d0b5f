import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { DynamicModule, Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@kindred/config';
import { ormOptions } from './orm-options';
import { assertSchemaCurrent } from './schema-check';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationBootstrap {
  constructor(private readonly orm: MikroORM) {}

  /**
   * The ORM for api and worker: entities come from each lib's `MikroOrmModule.forFeature`, and
   * boot fails when migrations are pending.
   */
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ ...ormOptions(config), autoLoadEntities: true }),
          driver: PostgreSqlDriver,
        }),
      ],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await assertSchemaCurrent(this.orm);
  }
}
