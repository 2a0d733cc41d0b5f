import { FeedbackFollowUp, SessionFeedback } from './feedback/session-feedback.entity';
import {
  PulseSurvey,
  SurveyAnswer,
  SurveyParticipation,
  SurveyResponse,
  SurveyStatement,
  SurveyWave,
} from './survey/pulse-survey.entity';
import { YouSaidAction } from './you-said/you-said-action.entity';

export const cultureEntities = [
  SessionFeedback,
  FeedbackFollowUp,
  PulseSurvey,
  SurveyStatement,
  SurveyWave,
  SurveyParticipation,
  SurveyResponse,
  SurveyAnswer,
  YouSaidAction,
];
