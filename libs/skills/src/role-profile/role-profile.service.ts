import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, ref } from '@mikro-orm/core';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import type { Actor } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { JobAssignment, likePattern, sameTextPattern, OrganisationAccess, recordAudit } from '@kindred/org';
import { Competency } from '../framework/competency.entity';
import { RoleProfile, RoleRequirement } from './role-profile.entity';
import type {
  JobRoleProfileInput,
  RoleProfileInput,
  RoleProfileListArgs,
  RoleRequirementInput,
  UpdateRoleProfileInput,
} from './role-profile.types';

const SORTABLE = ['name', 'createdAt'] as const;

@Injectable()
export class RoleProfileService {
  constructor(private readonly em: EntityManager) {}

  async list(args: RoleProfileListArgs): Promise<ListPage<RoleProfile>> {
    const where: FilterQuery<RoleProfile> = {};
    if (args.filter?.q) where.name = { $ilike: likePattern(args.filter.q) };
    if (args.filter?.ids) where.id = { $in: args.filter.ids };
    const [nodes, totalCount] = await this.em.findAndCount(RoleProfile, where, pageOptions(args, SORTABLE, 'name'));
    return { nodes, totalCount };
  }

  get(id: string): Promise<RoleProfile | null> {
    return this.em.findOne(RoleProfile, { id });
  }

  async requirements(profile: RoleProfile): Promise<RoleRequirement[]> {
    const requirements = await this.em.find(
      RoleRequirement,
      { roleProfile: profile },
      { populate: ['competency'], orderBy: { priority: 'ASC', competency: { code: 'ASC' } } },
    );
    return requirements;
  }

  /** How many current jobs name this profile. */
  assignmentCount(profile: RoleProfile): Promise<number> {
    return this.em.count(JobAssignment, { roleProfileId: profile.id, endDate: null });
  }

  async create(actor: Actor, input: RoleProfileInput): Promise<RoleProfile> {
    await this.assertNameFree(input.name);
    const profile = new RoleProfile(ref(Partnership, actor.partnershipId), input.name, input.description);
    await this.em.persistAndFlush(profile);
    return profile;
  }

  async update(input: UpdateRoleProfileInput): Promise<RoleProfile> {
    const profile = await this.em.findOne(RoleProfile, { id: input.id });
    if (!profile) throw new NotFoundError('Role profile', input.id);
    await this.assertNameFree(input.name, profile.id);
    profile.describe(input.name, input.description);
    await this.em.flush();
    return profile;
  }

  async delete(id: string): Promise<string> {
    const profile = await this.em.findOne(RoleProfile, { id });
    if (!profile) throw new NotFoundError('Role profile', id);
    // Ended jobs count too: their history names the profile.
    const jobs = await this.em.count(JobAssignment, { roleProfileId: id });
    if (jobs > 0) {
      throw new ConflictError(
        `${jobs} job assignments, current or ended, name ${profile.name}; give them another profile first.`,
      );
    }
    await this.em.removeAndFlush(profile);
    return id;
  }

  async setRequirement(input: RoleRequirementInput): Promise<RoleProfile> {
    const profile = await this.em.findOne(RoleProfile, { id: input.roleProfileId }, { populate: ['requirements'] });
    if (!profile) throw new NotFoundError('Role profile', input.roleProfileId);
    const competency = await this.em.findOne(Competency, { id: input.competencyId }, { populate: ['framework.scale'] });
    if (!competency) throw new NotFoundError('Competency', input.competencyId);
    profile.require(competency, competency.framework.getEntity().scale.getEntity(), {
      level: input.level,
      priority: input.priority,
      withinDays: input.withinDays ?? null,
    });
    await this.em.flush();
    return profile;
  }

  async removeRequirement(id: string): Promise<RoleProfile> {
    const requirement = await this.em.findOne(RoleRequirement, { id }, { populate: ['roleProfile'] });
    if (!requirement) throw new NotFoundError('Role requirement', id);
    const profile = requirement.roleProfile.getEntity();
    await this.em.removeAndFlush(requirement);
    return profile;
  }

  /** Names the role profile a job is measured against; the change is on the person's record. */
  async assignToJob(actor: Actor, input: JobRoleProfileInput): Promise<JobAssignment> {
    const job = await this.em.findOne(JobAssignment, { id: input.jobAssignmentId });
    if (!job) throw new NotFoundError('Job assignment', input.jobAssignmentId);
    if (!OrganisationAccess.of(actor, 'person.write').reaches(job.organisation.id)) {
      throw new NotFoundError('Job assignment', input.jobAssignmentId);
    }
    const profile = input.roleProfileId ? await this.em.findOne(RoleProfile, { id: input.roleProfileId }) : null;
    if (input.roleProfileId && !profile) throw new NotFoundError('Role profile', input.roleProfileId);
    const before = job.roleProfileId ? await this.em.findOne(RoleProfile, { id: job.roleProfileId }) : null;
    job.roleProfileId = profile?.id ?? null;
    // Names, not ids, so the person's history reads as the change was made.
    recordAudit(this.em, job.partnership, {
      personId: job.person.id,
      actorUserId: actor.userId,
      action: 'UPDATED',
      entityType: 'JobAssignment',
      entityId: job.id,
      changes: before?.id === profile?.id ? {} : { roleProfile: [before?.name ?? null, profile?.name ?? null] },
    });
    await this.em.flush();
    return job;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(RoleProfile, {
      name: { $ilike: sameTextPattern(name) },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`There is already a role profile called ${clash.name}.`);
  }
}
