import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { mutate } from '../../skills/frameworks/api';
import { read } from '../../skills/gaps/client';

export type Judgement = 'NOT_YET' | 'BASIC' | 'DEVELOPED';

export interface EvidenceFigure {
  kind: string;
  label: string;
  summary: string;
  percent: number | null;
}

export interface JudgementMade {
  id: string;
  judgement: Judgement;
  label: string;
  note: string;
  madeBy: string;
  madeAt: string;
}

export interface FrameworkStatement {
  code: string;
  criterion: string;
  criterionTitle: string;
  level: number;
  text: string;
  evidence: EvidenceFigure[];
  manualEvidence: { id: string; text: string; link: string | null; addedBy: string; addedAt: string }[];
  judgement: JudgementMade | null;
  history: JudgementMade[];
}

const JUDGEMENT = `id judgement label note madeBy madeAt`;
const SELF_ASSESSMENT = gql`
  query SelfAssessment($planId: ID!) {
    selfAssessment(planId: $planId) {
      planId
      statements {
        code criterion criterionTitle level text
        evidence { kind label summary percent }
        manualEvidence { id text link addedBy addedAt }
        judgement { ${JUDGEMENT} }
        history { ${JUDGEMENT} }
      }
    }
  }
`;
const JUDGE = gql`
  mutation JudgeFrameworkStatement($input: JudgeFrameworkStatementInput!) {
    judgeFrameworkStatement(input: $input) {
      planId
    }
  }
`;
const ADD_EVIDENCE = gql`
  mutation AddSelfAssessmentEvidence($input: AddSelfAssessmentEvidenceInput!) {
    addSelfAssessmentEvidence(input: $input) {
      planId
    }
  }
`;

export const useSelfAssessment = (planId: string | null) =>
  useQuery({
    queryKey: ['selfAssessment', planId],
    enabled: planId !== null,
    queryFn: async () =>
      (await read<{ selfAssessment: { statements: FrameworkStatement[] } }>(SELF_ASSESSMENT, { planId })).selfAssessment
        .statements,
  });

export const judgeStatement = (planId: string, statementCode: string, judgement: Judgement, note: string) =>
  mutate(JUDGE, { input: { planId, statementCode, judgement, note: note || null } });

export const addEvidence = (planId: string, statementCode: string, text: string, link: string) =>
  mutate(ADD_EVIDENCE, { input: { planId, statementCode, text, link: link || null } });
