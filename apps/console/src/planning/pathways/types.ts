export type PathwayStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';
export type StepKind = 'COURSE' | 'COMPETENCY' | 'SUPERVISION' | 'QUALIFICATION';
export type EnrolmentStatus = 'ACTIVE' | 'WITHDRAWN';

export interface PathwayStep {
  id: string;
  position: number;
  kind: StepKind;
  title: string;
  qualification: string | null;
  note: string;
}

export interface Pathway {
  id: string;
  name: string;
  description: string;
  fromRoleProfileId: string;
  fromRoleName: string;
  toRoleProfileId: string;
  toRoleName: string;
  status: PathwayStatus;
  steps: PathwayStep[];
}

export interface StepProgress {
  step: PathwayStep;
  done: boolean;
  evidenceOn: string | null;
  levelHeld: number | null;
  validUntil: string | null;
}

export interface Progress {
  done: number;
  total: number;
  percent: number;
  complete: boolean;
  nextStep: PathwayStep | null;
  steps: StepProgress[];
}

export interface Enrolment {
  id: string;
  pathway: Pathway;
  personId: string;
  personName: string;
  startedOn: string;
  targetOn: string | null;
  status: EnrolmentStatus;
  progress: Progress;
}

export interface PathwayUse {
  pathwayId: string;
  name: string;
  status: PathwayStatus;
  enrolled: number;
  completed: number;
  averagePercent: number;
}

export interface StepFields {
  kind: StepKind;
  courseId: string | null;
  competencyId: string | null;
  level: number | null;
  qualification: string | null;
  note: string;
}

export interface PathwayFields {
  name: string;
  description: string;
  fromRoleProfileId: string;
  toRoleProfileId: string;
}
