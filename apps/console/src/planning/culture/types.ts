export type PracticeUse = 'YES' | 'PARTLY' | 'NO';
export type FeedbackGrouping = 'COURSE' | 'PROVIDER' | 'TRAINER';
export type SurveyGrouping = 'ORGANISATION' | 'ROLE_PROFILE' | 'EMPLOYMENT_TYPE';
export type YouSaidStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE';

export interface AttendedSession {
  sessionId: string;
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  outcomes: string[];
  feedbackGiven: boolean;
  followUpOpensOn: string;
  followUpGiven: boolean;
}

export interface FeedbackFigures {
  key: string;
  name: string;
  responses: number;
  reaction: number | null;
  usefulness: number | null;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  confidenceChange: number | null;
  followUps: number;
  usedYes: number;
  usedPartly: number;
  usedNo: number;
  comments: string[];
}

export interface SurveyStatement {
  id: string;
  text: string;
  position: number;
  fromEvaluation: boolean;
  retired: boolean;
}

export interface SurveyWave {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string;
  responses: number;
}

export interface PulseSurvey {
  id: string;
  title: string;
  statements: SurveyStatement[];
  waves: SurveyWave[];
}

export interface OpenSurveyWave {
  waveId: string;
  name: string;
  surveyTitle: string;
  closesOn: string;
  statements: SurveyStatement[];
  answered: boolean;
}

export interface StatementFigures {
  statementId: string;
  mean: number | null;
  agreeShare: number | null;
  previousMean: number | null;
  change: number | null;
}

export interface SurveyGroupResults {
  key: string;
  name: string;
  responses: number | null;
  withheld: boolean;
  note: string | null;
  statements: StatementFigures[];
}

export interface PulseSurveyResults {
  wave: SurveyWave;
  previousWave: SurveyWave | null;
  minimumGroupSize: number;
  statements: SurveyStatement[];
  overall: SurveyGroupResults;
  groups: SurveyGroupResults[];
}

export interface YouSaidAction {
  id: string;
  youSaid: string;
  weDid: string;
  status: YouSaidStatus;
  ownerId: string;
  ownerName: string;
  courseId: string | null;
  courseTitle: string | null;
  waveId: string | null;
  waveName: string | null;
  statementId: string | null;
  statementText: string | null;
  updatedAt: string;
}
