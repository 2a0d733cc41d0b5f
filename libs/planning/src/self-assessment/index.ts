export { Judgement, SelfAssessmentEvidence, SelfAssessmentJudgement } from './self-assessment.entities';
