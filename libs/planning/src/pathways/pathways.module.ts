import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { OrgModule } from '@kindred/org';
import { MeasuresModule } from '../plan/measures.module';
import { PathwayProgress } from './pathway-progress';
import { pathwaysEntities } from './pathways.entities';
import { PathwaysResolver } from './pathways.resolver';
import { PathwaysService } from './pathways.service';

/** Development pathways from one role to another, with each person's progress read live. */
@Module({
  imports: [MikroOrmModule.forFeature(pathwaysEntities), OrgModule, MeasuresModule],
  providers: [PathwayProgress, PathwaysService, PathwaysResolver],
  exports: [PathwayProgress],
})
export class PathwaysModule {}
