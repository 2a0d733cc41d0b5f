export { addDays, addYears, type Day } from './days';
export {
  ComplianceStatus,
  type CpdFacts,
  type EntryFact,
  type Progress,
  Regulator,
  type Requirement,
} from './progress';
export { socialWorkEngland } from './social-work-england';
export { nursingAndMidwiferyCouncil } from './nursing-and-midwifery-council';
export { healthAndCareProfessionsCouncil } from './health-and-care-professions-council';
export { partnershipTarget } from './partnership-target';
