import type { Day } from './days';

/** Who sets the rules a person's CPD is measured against. */
export enum Regulator {
  /** Social Work England: social workers. */
  SWE = 'SWE',
  /** Nursing and Midwifery Council: nurses, health visitors, midwives. */
  NMC = 'NMC',
  /** Health and Care Professions Council: allied health professionals. */
  HCPC = 'HCPC',
  /** No regulator: the partnership's own targets apply. */
  NONE = 'NONE',
}

/** What team figures count: on track (done, or time left), at risk (due soon), missing. */
export enum ComplianceStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  MISSING = 'MISSING',
}

export interface Requirement {
  code: string;
  label: string;
  have: number;
  need: number;
  met: boolean;
}

/** One engine's answer: the period measured, what is met and missing, and by when. */
export interface Progress {
  regulator: Regulator;
  rule: string;
  periodStart: Day;
  periodEnd: Day;
  dueBy: Day;
  complete: boolean;
  status: ComplianceStatus;
  requirements: Requirement[];
}

/** What the engines read of a CPD entry. */
export interface EntryFact {
  date: Day;
  minutes: number;
  participatory: boolean;
  type: string;
  hasPeerReflection: boolean;
  /** Both "what I learned" and "how it changed my practice" are written. */
  hasReflection: boolean;
}

/** Everything the engines read about one person's CPD. */
export interface CpdFacts {
  entries: EntryFact[];
  feedback: Day[];
  reflectiveAccounts: Day[];
  /** Reflective discussions with another NMC registrant whose PIN is recorded. */
  discussions: Day[];
  confirmations: Day[];
}

export const requirement = (code: string, label: string, have: number, need: number): Requirement => ({
  code,
  label,
  have: Math.round(have * 100) / 100,
  need,
  met: have >= need,
});

export const hours = (entries: EntryFact[]) => entries.reduce((sum, e) => sum + e.minutes, 0) / 60;

/**
 * One meaning of the status for every engine: done is on track; past the due date with something
 * missing is missing; inside the run-up to the due date it is at risk, or missing when nothing at
 * all has been recorded yet; before the run-up there is still time, so on track.
 */
export function statusOf(requirements: Requirement[], today: Day, dueBy: Day, riskFrom: Day): ComplianceStatus {
  if (requirements.every((r) => r.met)) return ComplianceStatus.ON_TRACK;
  if (today > dueBy) return ComplianceStatus.MISSING;
  if (today >= riskFrom) {
    return requirements.some((r) => r.have > 0) ? ComplianceStatus.AT_RISK : ComplianceStatus.MISSING;
  }
  return ComplianceStatus.ON_TRACK;
}

export function progress(fields: Omit<Progress, 'complete' | 'status'>, today: Day, riskFrom: Day): Progress {
  return {
    ...fields,
    complete: fields.requirements.every((r) => r.met),
    status: statusOf(fields.requirements, today, fields.dueBy, riskFrom),
  };
}
