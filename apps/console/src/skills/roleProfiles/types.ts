/** Role profiles as the console reads them (apps/api/schema.gql). */

export type RequirementPriority = 'ESSENTIAL' | 'DESIRABLE';

export interface RoleRequirement {
  id: string;
  /** The required level's rank on the competency's scale. */
  level: number;
  levelName: string;
  priority: RequirementPriority;
  /** Days from the start of the job by which the level is due; null for no deadline. */
  withinDays: number | null;
  competency: { id: string; code: string; name: string; frameworkId: string; framework: { id: string; name: string } };
}

export interface RoleProfile {
  id: string;
  name: string;
  description: string;
  /** Current jobs measured against the profile. */
  assignmentCount: number;
  /** Essential first, then by competency code; read on the profile's page only. */
  requirements?: RoleRequirement[];
  updatedAt?: string;
}

/** What RoleRequirementInput takes. */
export interface RequirementInput {
  roleProfileId: string;
  competencyId: string;
  level: number;
  priority: RequirementPriority;
  withinDays: number | null;
}
