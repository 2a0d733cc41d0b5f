import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@kindred/auth';
import { OrgModule } from '@kindred/org';
import { AssessmentResolver } from './assessment/assessment.resolver';
import { AssessmentService } from './assessment/assessment.service';
import { EvidenceLapse } from './assessment/evidence-lapse';
import { PersonSkills } from './assessment/person-skills';
import { FrameworkLibrary } from './framework/framework-library';
import { CompetencyResolver, FrameworkResolver } from './framework/framework.resolver';
import { FrameworkService } from './framework/framework.service';
import { GapExportController } from './gap/gap-export.controller';
import { GapResolver } from './gap/gap.resolver';
import { GapService } from './gap/gap.service';
import {
  JobRoleProfileResolver,
  RoleProfileResolver,
  RoleRequirementResolver,
} from './role-profile/role-profile.resolver';
import { RoleProfileService } from './role-profile/role-profile.service';
import { ScaleResolver } from './scale/scale.resolver';
import { ScaleService } from './scale/scale.service';
import { skillsEntities } from './skills.entities';

/** Frameworks, role profiles, evidence of levels, and the skills-gap map. */
@Module({
  imports: [MikroOrmModule.forFeature(skillsEntities), AuthModule, OrgModule],
  providers: [
    ScaleService,
    ScaleResolver,
    FrameworkService,
    FrameworkLibrary,
    FrameworkResolver,
    CompetencyResolver,
    RoleProfileService,
    RoleProfileResolver,
    RoleRequirementResolver,
    JobRoleProfileResolver,
    AssessmentService,
    PersonSkills,
    AssessmentResolver,
    EvidenceLapse,
    GapService,
    GapResolver,
  ],
  controllers: [GapExportController],
  exports: [GapService],
})
export class SkillsModule {}
