import { CpdEntry, CpdEvidence } from './entry/cpd-entry.entity';
import { CpdPreferences } from './entry/cpd-preferences.entity';
import { ProfessionalRegistration } from './registration/professional-registration.entity';
import { PracticeFeedback, ReflectiveAccount, RevalidationSignOff } from './revalidation/revalidation-records.entity';

export const cpdEntities = [
  CpdEntry,
  CpdEvidence,
  CpdPreferences,
  ProfessionalRegistration,
  PracticeFeedback,
  ReflectiveAccount,
  RevalidationSignOff,
];
