/** The workforce records as the console reads them (apps/api/schema.gql). */

export type OrganisationKind =
  'LOCAL_AUTHORITY' | 'HEALTH' | 'EDUCATION' | 'SOCIAL_CARE' | 'VCFSE' | 'HOUSING' | 'POLICE' | 'OTHER';
export type OrganisationStatus = 'ACTIVE' | 'INACTIVE';
export type SiteKind = 'FAMILY_HUB' | 'SPOKE' | 'OUTREACH' | 'VIRTUAL';
export type EmploymentType = 'STAFF' | 'VOLUNTEER' | 'STUDENT' | 'AGENCY' | 'SECONDED';
export type DbsLevel = 'BASIC' | 'STANDARD' | 'ENHANCED' | 'ENHANCED_WITH_BARRED_LISTS';

export interface Organisation {
  id: string;
  name: string;
  code: string;
  kind: OrganisationKind;
  statutory: boolean;
  status: OrganisationStatus;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Room {
  id: string;
  name: string;
  capacity: number;
  accessibilityNotes: string | null;
}

export interface Site {
  id: string;
  name: string;
  kind: SiteKind;
  addressLine1: string | null;
  addressLine2: string | null;
  town: string | null;
  postcode: string | null;
  locality: string;
  hub: Pick<Site, 'id' | 'name'> | null;
  /** Added by the data provider from `hub`. */
  hubId: string | null;
  rooms?: Room[];
  createdAt?: string;
  updatedAt?: string;
}

export interface Team {
  id: string;
  name: string;
  organisation: Pick<Organisation, 'id' | 'name' | 'code'>;
  organisationId: string;
  site: Pick<Site, 'id' | 'name' | 'kind'> | null;
  siteId: string | null;
  manager: Pick<Person, 'id' | 'fullName' | 'email'> | null;
  managerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JobAssignment {
  id: string;
  jobTitle: string;
  employmentType: EmploymentType;
  hoursPerWeek?: number | null;
  startDate: string;
  endDate: string | null;
  active: boolean;
  organisation: Pick<Organisation, 'id' | 'name'>;
  team: Pick<Team, 'id' | 'name'> | null;
  lineManager?: Pick<Person, 'id' | 'fullName'> | null;
  /** The role profile the job is measured against; read on the person's page. */
  roleProfile?: { id: string; name: string } | null;
}

export interface DbsCheck {
  id: string;
  level: DbsLevel;
  certificateNumber: string | null;
  certificateDate: string;
  updateService: boolean;
  recheckDue: string | null;
  createdAt: string;
}

export interface Person {
  id: string;
  givenName: string;
  familyName: string;
  fullName: string;
  email: string;
  employeeNumber: string | null;
  phone?: string | null;
  active: boolean;
  hasAccount?: boolean;
  assignments: JobAssignment[];
  /** Null for callers who may not see DBS details. */
  dbsChecks?: DbsCheck[] | null;
  /** The account they sign in with; null until invited. */
  account?: { id: string; email: string; roles: RoleGrant[] } | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface AuditEntry {
  id: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  /** JSON: field → [before, after]. */
  changes: string;
  createdAt: string;
  entityId: string;
  entityType: string;
}

/** The job fields the API takes (JobAssignmentInput). */
export interface JobAssignmentInput {
  organisationId: string;
  teamId?: string | null;
  jobTitle: string;
  employmentType: EmploymentType;
  hoursPerWeek?: number | null;
  startDate: string;
  endDate?: string | null;
  lineManagerId?: string | null;
}

export interface RoleGrant {
  role: string;
  organisationId: string | null;
}
