import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { OrgModule } from '@kindred/org';
import { NotifyModule } from '@kindred/notify';
import { TrainingModule } from '@kindred/training';
import { AvailabilityResolver } from './availability/availability.resolver';
import { AvailabilityService } from './availability/availability.service';
import { BuildScheduleJob } from './draft/build-schedule.job';
import { DraftBuilder } from './draft/draft-builder';
import { DraftResolver } from './draft/draft.resolver';
import { DraftService } from './draft/draft.service';
import { ProblemGatherer } from './draft/gather-problem';
import { ScheduleInvitations } from './draft/schedule-invitations';
import { planningEntities } from './planning.entities';

/** The term scheduler, the drafts it proposes and the trainers' days away it plans around. */
@Module({
  imports: [MikroOrmModule.forFeature(planningEntities), NotifyModule, OrgModule, TrainingModule],
  providers: [
    ProblemGatherer,
    DraftBuilder,
    BuildScheduleJob,
    DraftService,
    DraftResolver,
    ScheduleInvitations,
    AvailabilityService,
    AvailabilityResolver,
  ],
})
export class PlanningModule {}
