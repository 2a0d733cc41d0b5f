import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { OrgModule } from '@kindred/org';
import { NotifyModule } from '@kindred/notify';
import { TrainingModule } from '@kindred/training';
import { BuildScheduleJob } from './draft/build-schedule.job';
import { DraftBuilder } from './draft/draft-builder';
import { DraftResolver } from './draft/draft.resolver';
import { DraftService } from './draft/draft.service';
import { ProblemGatherer } from './draft/gather-problem';
import { ScheduleInvitations } from './draft/schedule-invitations';
import { planningEntities } from './planning.entities';

/** The term scheduler and the drafts it proposes. */
@Module({
  imports: [MikroOrmModule.forFeature(planningEntities), NotifyModule, OrgModule, TrainingModule],
  providers: [ProblemGatherer, DraftBuilder, BuildScheduleJob, DraftService, DraftResolver, ScheduleInvitations],
})
export class PlanningModule {}
