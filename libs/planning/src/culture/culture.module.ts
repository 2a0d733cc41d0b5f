import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { OrgModule } from '@kindred/org';
import { NotifyModule } from '@kindred/notify';
import { cultureEntities } from './culture.entities';
import { FeedbackInvitations } from './feedback/feedback-invitations';
import { FeedbackResolver } from './feedback/feedback.resolver';
import { FeedbackService } from './feedback/feedback.service';
import { SurveyResolver, SurveyWaveResolver } from './survey/survey.resolver';
import { SurveyService } from './survey/survey.service';
import { YouSaidResolver } from './you-said/you-said.resolver';
import { YouSaidService } from './you-said/you-said.service';

/**
 * The learning culture: feedback after training and three months on, the workforce pulse survey
 * in waves, and "you said, we did".
 */
@Module({
  imports: [MikroOrmModule.forFeature(cultureEntities), OrgModule, NotifyModule],
  providers: [
    FeedbackService,
    FeedbackResolver,
    FeedbackInvitations,
    SurveyService,
    SurveyResolver,
    SurveyWaveResolver,
    YouSaidService,
    YouSaidResolver,
  ],
  // The plan's board report shows the latest wave's results exactly as the API does.
  exports: [SurveyService],
})
export class CultureModule {}
