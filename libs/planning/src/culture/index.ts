export { CultureModule } from './culture.module';
export { cultureEntities } from './culture.entities';
export {
  feedbackInvitationsSchedule,
  type FeedbackInvitationsData,
  sendFeedbackInvitations,
} from './feedback/feedback-invitations';
export { FeedbackGrouping, feedbackFigures } from './feedback/feedback-figures';
export { FeedbackFollowUp, followUpOpensOn, PracticeUse, SessionFeedback } from './feedback/session-feedback.entity';
export { EVALUATION_STATEMENTS } from './survey/evaluation-statements';
export {
  PulseSurvey,
  SurveyAnswer,
  SurveyParticipation,
  SurveyResponse,
  SurveyStatement,
  SurveyWave,
} from './survey/pulse-survey.entity';
export { shownGroups, SurveyGrouping, waveFigures } from './survey/survey-results';
export { YouSaidAction, YouSaidStatus } from './you-said/you-said-action.entity';
export { resultsView } from './survey/results-view';
export { SurveyService } from './survey/survey.service';
export type { PulseSurveyResultsView } from './survey/survey.types';
