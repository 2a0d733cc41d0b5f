export type CpdType =
  | 'COURSE'
  | 'E_LEARNING'
  | 'READING'
  | 'SHADOWING'
  | 'SUPERVISION'
  | 'REFLECTIVE_PRACTICE_GROUP'
  | 'CONFERENCE'
  | 'PEER_LEARNING'
  | 'OTHER';
export type Regulator = 'SWE' | 'NMC' | 'HCPC' | 'NONE';
export type ComplianceStatus = 'ON_TRACK' | 'AT_RISK' | 'MISSING';
export type SignOffKind = 'REFLECTIVE_DISCUSSION' | 'CONFIRMATION';
export type CodeTheme =
  'PRIORITISE_PEOPLE' | 'PRACTISE_EFFECTIVELY' | 'PRESERVE_SAFETY' | 'PROMOTE_PROFESSIONALISM_AND_TRUST';

export interface Evidence {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface CpdEntry {
  id: string;
  date: string;
  title: string;
  type: CpdType;
  hours: number;
  participatory: boolean;
  learned: string | null;
  practiceChange: string | null;
  competencies: string[];
  source: 'MANUAL' | 'TRAINING' | 'SUPERVISION' | 'REFLECTIVE_PRACTICE';
  peerReflection: { withWhom: string; on: string; summary: string } | null;
  evidence: Evidence[];
}

export interface Requirement {
  code: string;
  label: string;
  have: number;
  need: number;
  met: boolean;
}

export interface Progress {
  regulator: Regulator;
  rule: string;
  periodStart: string;
  periodEnd: string;
  dueBy: string;
  complete: boolean;
  status: ComplianceStatus;
  requirements: Requirement[];
}

export interface Registration {
  id: string;
  regulator: Regulator;
  number: string | null;
  renewalOn: string | null;
}

export interface PracticeFeedback {
  id: string;
  receivedOn: string;
  source: string;
  summary: string;
  howUsed: string | null;
}

export interface ReflectiveAccount {
  id: string;
  writtenOn: string;
  nature: string;
  learned: string;
  practiceChange: string;
  codeThemes: CodeTheme[];
  codeRelevance: string;
}

export interface SignOff {
  id: string;
  kind: SignOffKind;
  on: string;
  partnerName: string;
  partnerPin: string | null;
  notes: string | null;
}

export interface ComplianceRow {
  person: { id: string; fullName: string };
  regulators: Regulator[];
  status: ComplianceStatus;
  dueBy: string;
  missing: string[];
}

export interface Compliance {
  asOf: string;
  onTrack: number;
  atRisk: number;
  missing: number;
  totalCount: number;
  rows: ComplianceRow[];
  byOrganisation: ComplianceOrganisation[];
}

/** The people of one organisation in scope, by status. */
export interface ComplianceOrganisation {
  organisationId: string;
  name: string;
  people: number;
  onTrack: number;
  atRisk: number;
  missing: number;
}
