export type PlanStatus = 'DRAFT' | 'CONSULTATION' | 'APPROVED' | 'CLOSED';
export type MeasureKind =
  'COMPETENCY_LEVEL' | 'COURSE_VALID' | 'SUPERVISION_IN_FREQUENCY' | 'CPD_ON_TRACK' | 'SURVEY_AGREEMENT';
export type Trajectory = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';
export type ActionStatus = 'OPEN' | 'DONE' | 'DROPPED';

/** Figures, or why they are withheld (survey agreement from too few respondents): never both. */
export type Figures =
  | { withheld: false; note: null; population: number; meeting: number; percent: number }
  | { withheld: true; note: string; population: null; meeting: null; percent: null };

export type OrganisationProgress = Figures & { organisationId: string; organisationName: string };

export interface Objective {
  id: string;
  title: string;
  measureKind: MeasureKind;
  competencyId: string | null;
  level: number | null;
  courseId: string | null;
  statementId: string | null;
  targetPercent: number;
  deadline: string;
  baselinePercent: number | null;
  population: {
    organisationIds: string[];
    organisationKinds: string[];
    roleProfileIds: string[];
    employmentTypes: string[];
    siteIds: string[];
  };
  progress: Figures & {
    asOf: string;
    expectedPercent: number;
    trajectory: Trajectory | null;
    trendPer28Days: number | null;
    byOrganisation: OrganisationProgress[];
  };
  /** The share on each day a snapshot was taken, oldest first. */
  history: { day: string; percent: number }[];
}

export interface PlanAction {
  id: string;
  title: string;
  objectiveId: string | null;
  ownerId: string;
  dueOn: string;
  status: ActionStatus;
}

export interface PlanVersion {
  number: number;
  status: PlanStatus;
  reason: string;
  createdAt: string;
}

export interface WorkforcePlan {
  id: string;
  period: string;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  ownerId: string;
  partnerOrganisationIds: string[];
  status: PlanStatus;
  approvedAt: string | null;
}

export interface WorkforcePlanDetail extends WorkforcePlan {
  objectives: Objective[];
  actions: PlanAction[];
  versions: PlanVersion[];
}

export interface TrainingNeed {
  courseId: string;
  courseTitle: string;
  siteId: string | null;
  siteName: string | null;
  organisationId: string;
  organisationName: string;
  needing: number;
  essential: number;
  overdue: number;
  booked: number;
  stillNeeded: number;
}

export interface Option {
  id: string;
  name: string;
}

/** What the plan's forms choose from. */
export interface Choices {
  people: Option[];
  organisations: Option[];
  roleProfiles: Option[];
  sites: Option[];
  courses: Option[];
  competencies: Option[];
}
