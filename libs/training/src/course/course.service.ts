import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type EntityName, type FilterQuery, raw, ref } from '@mikro-orm/core';
import { BadInputError, ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { likePattern, Organisation } from '@kindred/org';
import { Competency, type ProficiencyScale, RoleProfile } from '@kindred/skills';
import { TrainingProvider } from '../provider/training-provider.entity';
import { SessionStatus, TrainingSession } from '../session/training-session.entity';
import { type Audience, Course, type CourseDetails, type Prerequisite } from './course.entity';
import type { CourseAudienceInput, CourseInput, CourseListArgs, UpdateCourseInput } from './course.types';

const SORTABLE = ['title', 'createdAt'] as const;

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** A course input with every id it names loaded and checked. */
interface CoursePlan {
  provider: TrainingProvider;
  details: CourseDetails;
  grants: { competency: Competency; scale: ProficiencyScale; level: number }[];
  prerequisites: Prerequisite[];
}

/** The partnership's course catalogue. */
@Injectable()
export class CourseService {
  constructor(private readonly em: EntityManager) {}

  async list(args: CourseListArgs): Promise<ListPage<Course>> {
    const where: FilterQuery<Course> = {};
    const f = args.filter;
    if (f?.q) {
      const like = likePattern(f.q);
      where.$or = [{ title: { $ilike: like } }, { summary: { $ilike: like } }];
    }
    if (f?.ids) where.id = { $in: f.ids };
    if (f?.providerIds) where.provider = { $in: f.providerIds };
    if (f?.modes?.length) where.mode = { $in: f.modes };
    if (f?.status) where.status = f.status;
    if (f?.roleProfileIds?.length) {
      // A course with no role profiles in its audience is open to every role.
      const audience = (alias: string) => `${alias}.audience -> 'roleProfileIds'`;
      Object.assign(where, {
        [raw(
          (alias: string) =>
            `(jsonb_array_length(${audience(alias)}) = 0 or exists (
              select 1 from jsonb_array_elements_text(${audience(alias)}) as r(id) where r.id in (?)))`,
          [f.roleProfileIds],
        )]: [],
      });
    }
    const [nodes, totalCount] = await this.em.findAndCount(Course, where, pageOptions(args, SORTABLE, 'title'));
    return { nodes, totalCount };
  }

  get(id: string): Promise<Course | null> {
    return this.em.findOne(Course, { id });
  }

  /** Published sessions still to start, soonest first: what a learner can book. */
  upcomingSessions(course: Course, now = new Date()): Promise<TrainingSession[]> {
    return this.em.find(
      TrainingSession,
      { course, status: SessionStatus.PUBLISHED, startsAt: { $gt: now } },
      { orderBy: { startsAt: 'ASC', id: 'ASC' } },
    );
  }

  async create(input: CourseInput): Promise<Course> {
    const plan = await this.plan(input);
    const course = new Course(plan.provider, plan.details);
    this.shape(course, plan);
    await this.em.persistAndFlush(course);
    return course;
  }

  async update(input: UpdateCourseInput): Promise<Course> {
    const course = await this.get(input.id);
    if (!course) throw new NotFoundError('Course', input.id);
    const plan = await this.plan(input, course.id);
    course.describe(plan.details);
    course.provider = ref(plan.provider);
    this.shape(course, plan);
    await this.em.flush();
    return course;
  }

  /** Takes the course out of the catalogue: no new sessions; records and sessions stay. */
  async archive(id: string): Promise<Course> {
    const course = await this.get(id);
    if (!course) throw new NotFoundError('Course', id);
    course.archive();
    await this.em.flush();
    return course;
  }

  /**
   * Loads and checks everything the input names before the course changes: a query after a change
   * would auto-flush it, and a refused update must write nothing.
   */
  private async plan(input: CourseInput, courseId?: string): Promise<CoursePlan> {
    const provider = await this.em.findOne(TrainingProvider, { id: input.providerId });
    if (!provider) throw new NotFoundError('Training provider', input.providerId);
    const audience = await this.audience(input.audience);
    const competencies = await this.competencies([
      ...input.grants.map((g) => g.competencyId),
      ...input.prerequisites.levels.map((p) => p.competencyId),
    ]);
    const courseIds = unique(input.prerequisites.courseIds);
    await this.assertAllExist(Course, 'Course', courseIds);
    await this.assertTitleFree(input.title, courseId);

    const scaleOf = (competency: Competency) => competency.framework.getEntity().scale.getEntity();
    const granted = new Set<string>();
    const grants = input.grants.map(({ competencyId, level }) => {
      const competency = competencies.get(competencyId)!;
      if (granted.has(competencyId))
        throw new BadInputError(`Each competency is granted once: ${competency.code} is twice.`);
      granted.add(competencyId);
      return { competency, scale: scaleOf(competency), level };
    });
    const levels = input.prerequisites.levels.map(({ competencyId, level }): Prerequisite => {
      const competency = competencies.get(competencyId)!;
      if (!competency.assessable) throw new BadInputError(`${competency.code} is a domain: expect its competencies.`);
      scaleOf(competency).assertLevel(level, `The level ${input.title} expects in ${competency.code}`);
      return { competencyId, level };
    });
    return {
      provider,
      details: {
        title: input.title,
        summary: input.summary,
        outcomes: input.outcomes,
        mode: input.mode,
        durationMinutes: input.durationMinutes,
        cpdMinutes: input.cpdMinutes,
        audience,
        validityMonths: input.validityMonths ?? null,
        reminderMonths: input.reminderMonths,
        costPerPlacePence: input.costPerPlacePence ?? null,
      },
      grants,
      prerequisites: [...courseIds.map((id) => ({ courseId: id })), ...levels],
    };
  }

  /** The course checks each granted level against its competency's scale. */
  private shape(course: Course, plan: CoursePlan): void {
    course.grantLevels(plan.grants);
    course.require(plan.prerequisites);
  }

  private async audience(input: CourseAudienceInput): Promise<Audience> {
    const audience = {
      roleProfileIds: unique(input.roleProfileIds),
      employmentTypes: unique(input.employmentTypes),
      organisationIds: unique(input.organisationIds),
    };
    await this.assertAllExist(RoleProfile, 'Role profile', audience.roleProfileIds);
    await this.assertAllExist(Organisation, 'Organisation', audience.organisationIds);
    return audience;
  }

  private async competencies(ids: string[]): Promise<Map<string, Competency>> {
    const found = ids.length
      ? await this.em.find(Competency, { id: { $in: unique(ids) } }, { populate: ['framework.scale'] })
      : [];
    const missing = ids.find((id) => !found.some((c) => c.id === id));
    if (missing) throw new NotFoundError('Competency', missing);
    return new Map(found.map((c) => [c.id, c]));
  }

  /** Another partnership's id is not found, as an unknown one is: the tenancy filter hides it. */
  private async assertAllExist(entity: EntityName<{ id: string }>, what: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const found = await this.em.find(entity, { id: { $in: ids } });
    const missing = ids.find((id) => !found.some((row) => row.id === id));
    if (missing) throw new NotFoundError(what, missing);
  }

  private async assertTitleFree(title: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(Course, {
      [raw((alias: string) => `lower(${alias}.title)`)]: title.toLowerCase(),
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`There is already a course called ${clash.title}.`);
  }
}
