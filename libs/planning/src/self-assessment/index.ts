export { EvidenceKind, STATEMENTS, type FrameworkStatement } from './statements';
export { type EvidenceContext, type EvidenceFigure, type EvidenceProvider, PATHWAYS_EVIDENCE } from './evidence';
export {
  Judgement,
  JUDGEMENT_WORDS,
  SelfAssessmentEvidence,
  SelfAssessmentJudgement,
} from './self-assessment.entities';
