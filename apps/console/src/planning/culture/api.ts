import { gql } from '@apollo/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { mutate } from '../../skills/frameworks/api';
import { read } from '../../skills/gaps/client';
import { ERROR_NOTIFICATION } from '../../workforce/useAction';
import type {
  AttendedSession,
  FeedbackFigures,
  FeedbackGrouping,
  OpenSurveyWave,
  PracticeUse,
  PulseSurvey,
  PulseSurveyResults,
  SurveyGrouping,
  YouSaidAction,
  YouSaidStatus,
} from './types';

const STATEMENT = 'id text position fromEvaluation retired';
const WAVE = 'id name opensOn closesOn responses';
const SURVEY = `id title statements { ${STATEMENT} } waves { ${WAVE} }`;
const GROUP = 'key name responses withheld note statements { statementId mean agreeShare previousMean change }';
const YOU_SAID =
  'id youSaid weDid status ownerId ownerName courseId courseTitle waveId waveName statementId statementText updatedAt';

const ATTENDED = gql`
  query MyAttendedSessions {
    myAttendedSessions {
      sessionId
      courseTitle
      startsAt
      endsAt
      outcomes
      feedbackGiven
      followUpOpensOn
      followUpGiven
    }
  }
`;
const FEEDBACK_RESULTS = gql`
  query FeedbackResults($by: FeedbackGrouping!) {
    feedbackResults(by: $by) {
      key
      name
      responses
      reaction
      usefulness
      confidenceBefore
      confidenceAfter
      confidenceChange
      followUps
      usedYes
      usedPartly
      usedNo
      comments
    }
  }
`;
const GIVE = gql`
  mutation GiveSessionFeedback($input: GiveSessionFeedbackInput!) {
    giveSessionFeedback(input: $input) {
      id
    }
  }
`;
const FOLLOW_UP = gql`
  mutation AnswerFeedbackFollowUp($input: AnswerFeedbackFollowUpInput!) {
    answerFeedbackFollowUp(input: $input) {
      id
    }
  }
`;
const SURVEYS = gql`query PulseSurveys { pulseSurveys { ${SURVEY} } }`;
const CREATE_SURVEY = gql`
  mutation CreatePulseSurvey($input: CreatePulseSurveyInput!) {
    createPulseSurvey(input: $input) {
      id
    }
  }
`;
const ADD_STATEMENT = gql`
  mutation AddSurveyStatement($input: AddSurveyStatementInput!) {
    addSurveyStatement(input: $input) {
      id
    }
  }
`;
const RETIRE_STATEMENT = gql`
  mutation RetireSurveyStatement($id: ID!) {
    retireSurveyStatement(id: $id) {
      id
    }
  }
`;
const ADD_WAVE = gql`
  mutation AddSurveyWave($input: AddSurveyWaveInput!) {
    addSurveyWave(input: $input) {
      id
    }
  }
`;
const OPEN_WAVES = gql`query OpenSurveyWaves { openSurveyWaves {
  waveId name surveyTitle closesOn answered statements { ${STATEMENT} } } }`;
const ANSWER = gql`
  mutation AnswerPulseSurvey($input: AnswerPulseSurveyInput!) {
    answerPulseSurvey(input: $input)
  }
`;
const SURVEY_RESULTS = gql`query PulseSurveyResults($waveId: ID!, $by: SurveyGrouping!) {
  pulseSurveyResults(waveId: $waveId, by: $by) {
    wave { ${WAVE} } previousWave { ${WAVE} } minimumGroupSize statements { ${STATEMENT} }
    overall { ${GROUP} } groups { ${GROUP} } } }`;
const YOU_SAID_LIST = gql`query YouSaidActions { youSaidActions { ${YOU_SAID} } }`;
const CREATE_YOU_SAID = gql`
  mutation CreateYouSaidAction($input: YouSaidInput!) {
    createYouSaidAction(input: $input) {
      id
    }
  }
`;
const UPDATE_YOU_SAID = gql`
  mutation UpdateYouSaidAction($id: ID!, $input: YouSaidInput!) {
    updateYouSaidAction(id: $id, input: $input) {
      id
    }
  }
`;

export const useAttendedSessions = () =>
  useQuery({
    queryKey: ['culture', 'attended'],
    queryFn: async () => (await read<{ myAttendedSessions: AttendedSession[] }>(ATTENDED)).myAttendedSessions,
  });

export const useFeedbackResults = (by: FeedbackGrouping) =>
  useQuery({
    queryKey: ['culture', 'feedbackResults', by],
    queryFn: async () => (await read<{ feedbackResults: FeedbackFigures[] }>(FEEDBACK_RESULTS, { by })).feedbackResults,
  });

export const usePulseSurveys = (enabled = true) =>
  useQuery({
    queryKey: ['culture', 'surveys'],
    queryFn: async () => (await read<{ pulseSurveys: PulseSurvey[] }>(SURVEYS)).pulseSurveys,
    enabled,
  });

export const useOpenWaves = () =>
  useQuery({
    queryKey: ['culture', 'openWaves'],
    queryFn: async () => (await read<{ openSurveyWaves: OpenSurveyWave[] }>(OPEN_WAVES)).openSurveyWaves,
  });

export const useSurveyResults = (waveId: string | null, by: SurveyGrouping) =>
  useQuery({
    queryKey: ['culture', 'surveyResults', waveId, by],
    queryFn: async () =>
      (await read<{ pulseSurveyResults: PulseSurveyResults }>(SURVEY_RESULTS, { waveId, by })).pulseSurveyResults,
    enabled: Boolean(waveId),
  });

export const useYouSaid = () =>
  useQuery({
    queryKey: ['culture', 'youSaid'],
    queryFn: async () => (await read<{ youSaidActions: YouSaidAction[] }>(YOU_SAID_LIST)).youSaidActions,
  });

export interface FeedbackValues {
  sessionId: string;
  reaction: number;
  usefulness: number;
  confidence: { before: number; after: number }[];
  comment: string | null;
}

export const giveFeedback = (input: FeedbackValues) => mutate(GIVE, { input });
export const answerFollowUp = (input: { sessionId: string; used: PracticeUse; comment: string | null }) =>
  mutate(FOLLOW_UP, { input });
export const createSurvey = (title: string) => mutate(CREATE_SURVEY, { input: { title } });
export const addStatement = (surveyId: string, text: string) => mutate(ADD_STATEMENT, { input: { surveyId, text } });
export const retireStatement = (id: string) => mutate(RETIRE_STATEMENT, { id });
export const addWave = (surveyId: string, wave: { name: string; opensOn: string; closesOn: string }) =>
  mutate(ADD_WAVE, { input: { surveyId, ...wave } });
export const answerSurvey = (waveId: string, answers: { statementId: string; agreement: number }[]) =>
  mutate(ANSWER, { input: { waveId, answers } });

export interface YouSaidValues {
  youSaid: string;
  weDid: string;
  ownerId: string;
  status: YouSaidStatus;
  courseId?: string | null;
  waveId?: string | null;
  statementId?: string | null;
}
export const saveYouSaid = (id: string | null, input: YouSaidValues) =>
  id ? mutate(UPDATE_YOU_SAID, { id, input }) : mutate(CREATE_YOU_SAID, { input });

/**
 * Runs a change, says what happened (or the API's explanation when it refuses) and reloads the
 * culture pages' data.
 */
export const useCultureAction = <P>(
  run: (params: P) => Promise<unknown>,
  success: string,
  failure: string,
  onDone?: () => void,
) => {
  const notify = useNotify();
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      notify(success, { type: 'success' });
      onDone?.();
      await client.invalidateQueries({ queryKey: ['culture'] });
    },
    onError: (error: Error) => notify(`${failure} ${error.message}`, ERROR_NOTIFICATION),
  });
};
