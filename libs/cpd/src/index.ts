export { CpdModule } from './cpd.module';
export { cpdEntities } from './cpd.entities';
export { CpdEntry, CpdSource, CpdType, type EntryDetails, type PeerReflection } from './entry/cpd-entry.entity';
export { CpdEvidence } from './entry/cpd-entry.entity';
export { CpdPreferences } from './entry/cpd-preferences.entity';
export { ProfessionalRegistration } from './registration/professional-registration.entity';
export {
  CodeTheme,
  PracticeFeedback,
  ReflectiveAccount,
  RevalidationSignOff,
  SignOffKind,
} from './revalidation/revalidation-records.entity';
export { harvestCpd, harvestCpdSchedule, type HarvestCpdData } from './harvest/cpd-harvest';
export { ComplianceStatus, Regulator } from './rules';
export { CpdStanding, worstStatus } from './progress/standing';
