import type { ComplianceStatus, CpdType, Regulator, SignOffKind, CodeTheme } from './types';

export const CPD_TYPE_LABELS: Record<CpdType, string> = {
  COURSE: 'Course',
  E_LEARNING: 'E-learning',
  READING: 'Reading',
  SHADOWING: 'Shadowing',
  SUPERVISION: 'Supervision',
  REFLECTIVE_PRACTICE_GROUP: 'Reflective practice group',
  CONFERENCE: 'Conference',
  PEER_LEARNING: 'Peer learning',
  OTHER: 'Other',
};

export const REGULATOR_LABELS: Record<Regulator, string> = {
  SWE: 'Social Work England',
  NMC: 'Nursing and Midwifery Council',
  HCPC: 'Health and Care Professions Council',
  NONE: 'No regulator (partnership target)',
};

export const STATUS_LABELS: Record<ComplianceStatus, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  MISSING: 'Missing',
};

export const STATUS_COLOURS: Record<ComplianceStatus, 'success' | 'warning' | 'error'> = {
  ON_TRACK: 'success',
  AT_RISK: 'warning',
  MISSING: 'error',
};

export const SIGN_OFF_LABELS: Record<SignOffKind, string> = {
  REFLECTIVE_DISCUSSION: 'Reflective discussion',
  CONFIRMATION: 'Confirmation',
};

export const CODE_THEME_LABELS: Record<CodeTheme, string> = {
  PRIORITISE_PEOPLE: 'Prioritise people',
  PRACTISE_EFFECTIVELY: 'Practise effectively',
  PRESERVE_SAFETY: 'Preserve safety',
  PROMOTE_PROFESSIONALISM_AND_TRUST: 'Promote professionalism and trust',
};

export const choices = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([id, name]) => ({ id, name }));
