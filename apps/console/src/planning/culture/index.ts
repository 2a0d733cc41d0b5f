export { FeedbackPage } from './FeedbackPage';
export { FeedbackResultsPage } from './FeedbackResultsPage';
export { MyFeedback } from './MyFeedback';
export { PulseSurveyPage } from './PulseSurveyPage';
export { PulseSurveyResultsPage } from './PulseSurveyResultsPage';
export { PulseSurveysPage } from './PulseSurveysPage';
export { YouSaidPage } from './YouSaidPage';
