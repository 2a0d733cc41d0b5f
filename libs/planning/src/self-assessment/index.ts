export { EvidenceKind, STATEMENTS, type FrameworkStatement } from './statements';
export {
  Judgement,
  JUDGEMENT_WORDS,
  SelfAssessmentEvidence,
  SelfAssessmentJudgement,
} from './self-assessment.entities';
