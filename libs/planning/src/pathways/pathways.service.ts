import { Injectable } from '@nestjs/common';
import { type FilterQuery, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, scopeFor } from '@kindred/auth';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { Person, PersonReach } from '@kindred/org';
import { Competency, RoleProfile } from '@kindred/skills';
import { Course } from '@kindred/training';
import { isoDay } from '../plan/plan.service';
import { DevelopmentPathway, type PathwayDetails, PathwayStatus } from './development-pathway.entity';
import { EnrolmentStatus, PathwayEnrolment } from './pathway-enrolment.entity';
import { PathwayProgress, type Progress } from './pathway-progress';
import { PathwayStep } from './pathway-step.entity';
import type {
  AddPathwayStepInput,
  DevelopmentPathwayInput,
  EnrolmentListArgs,
  EnrolOnPathwayInput,
  PathwayListArgs,
  RecordQualificationInput,
  UpdatePathwayEnrolmentInput,
} from './pathways.types';
import { QualificationAward } from './qualification-award.entity';

const PATHWAY_SORTABLE = ['name', 'status', 'updatedAt'] as const;
const ENROLMENT_SORTABLE = ['startedOn', 'targetOn', 'status', 'createdAt'] as const;
/** What a pathway is shown with: its roles and its steps' courses and competencies. */
const PATHWAY_POPULATE = ['fromRole', 'toRole', 'steps.course', 'steps.competency'] as const;

export interface EnrolmentWithProgress {
  enrolment: PathwayEnrolment;
  progress: Progress;
}

/**
 * Development pathways, the people on them and the qualifications that complete them. Each write
 * is one transaction; ids are looked up through the tenancy filter, so another partnership's are
 * not found, and people only within the caller's reach.
 */
@Injectable()
export class PathwaysService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly progress: PathwayProgress,
  ) {}

  /** Leads see every pathway; everyone else the ones on offer. */
  async list(actor: Actor, args: PathwayListArgs): Promise<ListPage<DevelopmentPathway>> {
    const where: FilterQuery<DevelopmentPathway> = {};
    if (args.filter?.statuses) where.status = { $in: args.filter.statuses };
    if (!scopeFor('pathway.write', actor.grants)) where.status = PathwayStatus.PUBLISHED;
    const [nodes, totalCount] = await this.em.findAndCount(DevelopmentPathway, where, {
      ...pageOptions(args, PATHWAY_SORTABLE, 'name'),
      populate: PATHWAY_POPULATE,
    });
    return { nodes, totalCount };
  }

  async get(actor: Actor, id: string): Promise<DevelopmentPathway | null> {
    const pathway = await this.em.findOne(DevelopmentPathway, { id }, { populate: PATHWAY_POPULATE });
    if (pathway && pathway.status !== PathwayStatus.PUBLISHED && !scopeFor('pathway.write', actor.grants)) return null;
    return pathway;
  }

  create(actor: Actor, input: DevelopmentPathwayInput): Promise<DevelopmentPathway> {
    return this.write(async (tx) => {
      const pathway = new DevelopmentPathway(ref(Partnership, actor.partnershipId), await this.details(tx, input));
      tx.persist(pathway);
      return pathway.id;
    });
  }

  update(id: string, input: DevelopmentPathwayInput): Promise<DevelopmentPathway> {
    return this.write(async (tx) => {
      const pathway = await this.found(tx, id);
      pathway.change(await this.details(tx, input));
      return pathway.id;
    });
  }

  moveTo(id: string, status: PathwayStatus): Promise<DevelopmentPathway> {
    return this.write(async (tx) => {
      const pathway = await this.found(tx, id);
      pathway.moveTo(status);
      return pathway.id;
    });
  }

  async remove(id: string): Promise<boolean> {
    await this.em.transactional(async (tx) => {
      const pathway = await this.found(tx, id);
      pathway.assertDeletable();
      tx.remove(pathway);
    });
    return true;
  }

  addStep(input: AddPathwayStepInput): Promise<DevelopmentPathway> {
    return this.write(async (tx) => {
      const pathway = await this.found(tx, input.pathwayId);
      const course = input.courseId ? await tx.findOne(Course, { id: input.courseId }) : null;
      if (input.courseId && !course) throw new NotFoundError('Course', input.courseId);
      const competency = input.competencyId ? await tx.findOne(Competency, { id: input.competencyId }) : null;
      if (input.competencyId && !competency) throw new NotFoundError('Competency', input.competencyId);
      pathway.addStep({
        kind: input.kind,
        course,
        competency,
        level: input.level ?? null,
        qualification: input.qualification ?? null,
        note: input.note ?? '',
      });
      return pathway.id;
    });
  }

  removeStep(id: string): Promise<DevelopmentPathway> {
    return this.write(async (tx) => {
      const step = await this.step(tx, id);
      const pathway = step.pathway.getEntity();
      pathway.removeStep(step);
      return pathway.id;
    });
  }

  moveStep(id: string, position: number): Promise<DevelopmentPathway> {
    return this.write(async (tx) => {
      const step = await this.step(tx, id);
      const pathway = step.pathway.getEntity();
      pathway.moveStep(step, position);
      return pathway.id;
    });
  }

  /** Enrols someone in the actor's reach; enrolling a withdrawn person again takes them back on. */
  async enrol(actor: Actor, input: EnrolOnPathwayInput): Promise<PathwayEnrolment> {
    const id = await this.once(() =>
      this.em.transactional(async (tx) => {
        const pathway = await this.found(tx, input.pathwayId);
        const person = await this.reached(tx, actor, input.personId);
        const details = { startedOn: input.startedOn, targetOn: input.targetOn ?? null };
        const existing = await tx.findOne(PathwayEnrolment, { pathway, person });
        if (existing?.status === EnrolmentStatus.ACTIVE) {
          throw new ConflictError(`${person.fullName} is already on this pathway.`);
        }
        if (existing) {
          pathway.assertOpen();
          existing.change(details, EnrolmentStatus.ACTIVE);
          return existing.id;
        }
        const enrolment = new PathwayEnrolment(pathway, person, details, actor.userId);
        tx.persist(enrolment);
        return enrolment.id;
      }),
    );
    return this.em.findOneOrFail(PathwayEnrolment, { id }, { populate: ['person'], refresh: true });
  }

  async updateEnrolment(actor: Actor, input: UpdatePathwayEnrolmentInput): Promise<PathwayEnrolment> {
    const id = await this.em.transactional(async (tx) => {
      const enrolment = await tx.findOne(PathwayEnrolment, { id: input.id }, { populate: ['pathway'] });
      if (!enrolment) throw new NotFoundError('Enrolment', input.id);
      await this.reach.person(actor, 'pathway.enrol', enrolment.person.id);
      if (input.status === EnrolmentStatus.ACTIVE && enrolment.status !== EnrolmentStatus.ACTIVE) {
        enrolment.pathway.getEntity().assertOpen();
      }
      enrolment.change({ startedOn: input.startedOn, targetOn: input.targetOn ?? null }, input.status);
      return enrolment.id;
    });
    return this.em.findOneOrFail(PathwayEnrolment, { id }, { populate: ['person'], refresh: true });
  }

  /** Enrolments in the actor's reach for the action, with each one's progress today. */
  async enrolments(
    actor: Actor,
    args: EnrolmentListArgs,
    action: 'pathway.progress' | 'pathway.self',
    now = new Date(),
  ): Promise<ListPage<EnrolmentWithProgress>> {
    const where: FilterQuery<PathwayEnrolment> = {};
    const f = args.filter;
    if (f?.pathwayIds) where.pathway = { $in: f.pathwayIds };
    if (f?.personIds) where.person = { $in: f.personIds };
    if (f?.statuses) where.status = { $in: f.statuses };
    const [enrolments, totalCount] = await this.em.findAndCount(
      PathwayEnrolment,
      { ...where, ...(await this.reach.filter(actor, action)) },
      { ...pageOptions(args, ENROLMENT_SORTABLE, 'startedOn'), populate: ['person'] },
    );
    await this.em.populate(enrolments, ['pathway', ...PATHWAY_POPULATE.map((p) => `pathway.${p}` as const)]);
    const progress = await this.progress.ofEnrolments(enrolments, isoDay(now));
    return { nodes: enrolments.map((enrolment) => ({ enrolment, progress: progress.get(enrolment)! })), totalCount };
  }

  async progressOf(enrolment: PathwayEnrolment, now = new Date()): Promise<EnrolmentWithProgress> {
    await this.em.populate(enrolment, ['pathway', ...PATHWAY_POPULATE.map((p) => `pathway.${p}` as const)]);
    const progress = await this.progress.ofEnrolments([enrolment], isoDay(now));
    return { enrolment, progress: progress.get(enrolment)! };
  }

  /** Records a qualification attained by someone in reach; recording it again corrects the date. */
  async recordQualification(
    actor: Actor,
    input: RecordQualificationInput,
    now = new Date(),
  ): Promise<QualificationAward> {
    const id = await this.once(() =>
      this.em.transactional(async (tx) => {
        const person = await this.reached(tx, actor, input.personId);
        const name = input.qualification.trim();
        const award =
          (await tx.find(QualificationAward, { person })).find(
            (a) => a.qualification.toLowerCase() === name.toLowerCase(),
          ) ?? new QualificationAward(person, name);
        award.attained(input.attainedOn, isoDay(now), actor.userId);
        tx.persist(award);
        return award.id;
      }),
    );
    return this.em.findOneOrFail(QualificationAward, { id });
  }

  private async write(work: (tx: EntityManager) => Promise<string>): Promise<DevelopmentPathway> {
    const id = await this.once(() => this.em.transactional(work));
    return this.em.findOneOrFail(DevelopmentPathway, { id }, { populate: PATHWAY_POPULATE, refresh: true });
  }

  /** Two writers at once, or a name already taken: the unique indexes settle it. */
  private async once<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(
          error.message.includes('development_pathway')
            ? 'The partnership already has a pathway of that name.'
            : 'This was changed at the same time; reload and try again.',
        );
      }
      throw error;
    }
  }

  /** The person, in the transaction, if the actor may enrol them; "not found" otherwise. */
  private async reached(tx: EntityManager, actor: Actor, personId: string): Promise<Person> {
    const person = await this.reach.person(actor, 'pathway.enrol', personId);
    return tx.findOneOrFail(Person, { id: person.id });
  }

  private async found(tx: EntityManager, id: string): Promise<DevelopmentPathway> {
    const pathway = await tx.findOne(DevelopmentPathway, { id }, { populate: ['steps'] });
    if (!pathway) throw new NotFoundError('Development pathway', id);
    return pathway;
  }

  private async step(tx: EntityManager, id: string): Promise<PathwayStep> {
    const step = await tx.findOne(PathwayStep, { id }, { populate: ['pathway.steps'] });
    if (!step) throw new NotFoundError('Pathway step', id);
    return step;
  }

  private async details(tx: EntityManager, input: DevelopmentPathwayInput): Promise<PathwayDetails> {
    const role = async (id: string) => {
      const found = await tx.findOne(RoleProfile, { id });
      if (!found) throw new NotFoundError('Role profile', id);
      return found;
    };
    return {
      name: input.name,
      description: input.description ?? '',
      fromRole: await role(input.fromRoleProfileId),
      toRole: await role(input.toRoleProfileId),
    };
  }
}
