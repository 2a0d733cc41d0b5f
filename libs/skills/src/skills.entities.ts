import { Assessment } from './assessment/assessment.entity';
import { SkillHolding } from './assessment/skill-holding.entity';
import { Competency } from './framework/competency.entity';
import { CompetencyFramework } from './framework/competency-framework.entity';
import { RoleProfile, RoleRequirement } from './role-profile/role-profile.entity';
import { ProficiencyScale } from './scale/proficiency-scale.entity';

export const skillsEntities = [
  ProficiencyScale,
  CompetencyFramework,
  Competency,
  RoleProfile,
  RoleRequirement,
  Assessment,
  SkillHolding,
];
