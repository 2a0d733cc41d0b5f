import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { type JobAssignment, JobAssignmentView } from '@kindred/org';
import { CompetencyView } from '../framework/framework.types';
import type { RoleProfile, RoleRequirement } from './role-profile.entity';
import { RoleProfileService } from './role-profile.service';
import {
  JobRoleProfileInput,
  RoleProfileInput,
  RoleProfileList,
  RoleProfileListArgs,
  RoleProfileView,
  RoleRequirementInput,
  RoleRequirementView,
  UpdateRoleProfileInput,
} from './role-profile.types';
import { IdArg } from '@kindred/common';

@Resolver(() => RoleProfileView)
export class RoleProfileResolver {
  constructor(private readonly profiles: RoleProfileService) {}

  @Allow('roleProfile.read')
  @Query(() => RoleProfileList)
  roleProfiles(@Args() args: RoleProfileListArgs) {
    return this.profiles.list(args);
  }

  @Allow('roleProfile.read')
  @Query(() => RoleProfileView, { nullable: true })
  roleProfile(@IdArg() id: string) {
    return this.profiles.get(id);
  }

  @ResolveField(() => [RoleRequirementView], { description: 'Essential first, then by competency code.' })
  requirements(@Parent() profile: RoleProfile) {
    return this.profiles.requirements(profile);
  }

  @ResolveField(() => Int, { description: 'Current job assignments measured against this profile.' })
  assignmentCount(@Parent() profile: RoleProfile) {
    return this.profiles.assignmentCount(profile);
  }

  @Allow('roleProfile.write')
  @Mutation(() => RoleProfileView)
  createRoleProfile(@CurrentActor() actor: Actor, @Args('input') input: RoleProfileInput) {
    return this.profiles.create(actor, input);
  }

  @Allow('roleProfile.write')
  @Mutation(() => RoleProfileView)
  updateRoleProfile(@Args('input') input: UpdateRoleProfileInput) {
    return this.profiles.update(input);
  }

  @Allow('roleProfile.write')
  @Mutation(() => ID, { description: 'Refused while job assignments name the profile.' })
  deleteRoleProfile(@IdArg() id: string) {
    return this.profiles.delete(id);
  }

  @Allow('roleProfile.write')
  @Mutation(() => RoleProfileView, {
    description: 'Adds the requirement, or changes it if the profile has one for the competency.',
  })
  setRoleRequirement(@Args('input') input: RoleRequirementInput) {
    return this.profiles.setRequirement(input);
  }

  @Allow('roleProfile.write')
  @Mutation(() => RoleProfileView)
  removeRoleRequirement(@IdArg() id: string) {
    return this.profiles.removeRequirement(id);
  }
}

@Resolver(() => RoleRequirementView)
export class RoleRequirementResolver {
  @ResolveField(() => CompetencyView)
  competency(@Parent() requirement: RoleRequirement) {
    return requirement.competency.load();
  }

  @ResolveField(() => String, { description: "The required level's name on the competency's scale." })
  async levelName(@Parent() requirement: RoleRequirement) {
    const competency = await requirement.competency.load({ populate: ['framework.scale'] });
    return competency!.framework.getEntity().scale.getEntity().levelName(requirement.level);
  }
}

/** Job assignments (from the workforce) gain the role profile they are measured against. */
@Resolver(() => JobAssignmentView)
export class JobRoleProfileResolver {
  constructor(private readonly profiles: RoleProfileService) {}

  @ResolveField(() => RoleProfileView, { nullable: true })
  roleProfile(@Parent() job: JobAssignment) {
    return job.roleProfileId ? this.profiles.get(job.roleProfileId) : null;
  }

  @Allow('person.write')
  @Mutation(() => JobAssignmentView, { description: 'Names the role profile a job is measured against, or clears it.' })
  setJobRoleProfile(@CurrentActor() actor: Actor, @Args('input') input: JobRoleProfileInput) {
    return this.profiles.assignToJob(actor, input);
  }
}
