import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { type Actor } from '@kindred/auth';
import { BadInputError, ForbiddenError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { type IsoDate, PersonReach } from '@kindred/org';
import { Competency } from '../framework/competency.entity';
import { lastValidDay, today } from '../dates';
import { Assessment } from './assessment.entity';
import { EvidenceSource, ReviewStatus } from './evidence';
import { SkillLedger } from './skill-ledger';
import type {
  AssessmentListArgs,
  RecordAssessmentInput,
  ReviewSelfAssessmentInput,
  SelfAssessmentInput,
} from './assessment.types';

const SORTABLE = ['assessedOn', 'createdAt', 'level'] as const;

/** Evidence of levels: recorded by managers, given by learners, answered in validation. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  /** The evidence history the actor may read, newest first by default. */
  async list(actor: Actor, args: AssessmentListArgs): Promise<ListPage<Assessment>> {
    const where: FilterQuery<Assessment> = {};
    const f = args.filter;
    if (f?.personIds) where.person = { $in: f.personIds };
    if (f?.competencyIds) where.competency = { $in: f.competencyIds };
    if (f?.sources) where.source = { $in: f.sources };
    const [nodes, totalCount] = await this.em.findAndCount(
      Assessment,
      { ...where, ...(await this.reach.filter(actor, 'skills.read')) },
      {
        ...pageOptions(args, SORTABLE, 'assessedOn'),
        ...(args.sort ? {} : { orderBy: { assessedOn: 'DESC', createdAt: 'DESC' } }),
      },
    );
    return { nodes, totalCount };
  }

  async record(actor: Actor, input: RecordAssessmentInput): Promise<Assessment> {
    const person = await this.reach.person(actor, 'skills.assess', input.personId);
    const assessor = await this.reach.actorPerson(actor);
    if (assessor?.id === person.id && input.source === EvidenceSource.MANAGER) {
      throw new ForbiddenError('You cannot validate your own skills: rate yourself and your manager will validate it.');
    }
    const competency = await this.competency(input.competencyId);
    const ledger = (await SkillLedger.load(this.em, person, [competency])).get(competency.id)!;
    const assessment = new Assessment(person, competency, this.scaleOf(competency), {
      level: input.level,
      source: input.source,
      assessedOn: input.assessedOn,
      validUntil: input.validUntil ?? this.defaultValidity(competency, input.assessedOn),
      note: input.note ?? null,
      assessor,
      recordedByUserId: actor.userId,
    });
    ledger.add(this.em, assessment);
    ledger.settle(this.em, today());
    await this.em.flush();
    return assessment;
  }

  /** A learner rates themselves, with a reflection on each rating; their manager is asked to validate. */
  async selfAssess(actor: Actor, input: SelfAssessmentInput): Promise<Assessment[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) throw new ForbiddenError('Your sign-in is not linked to a person record, so there is nothing to rate.');
    const ids = input.ratings.map((r) => r.competencyId);
    if (new Set(ids).size !== ids.length) throw new BadInputError('Rate each competency once.');
    const competencies = await this.em.find(Competency, { id: { $in: ids } }, { populate: ['framework.scale'] });
    const missing = ids.find((id) => !competencies.some((c) => c.id === id));
    if (missing) throw new NotFoundError('Competency', missing);
    const ledgers = await SkillLedger.load(this.em, me, competencies);
    const on = today();
    const made = input.ratings.map((rating) => {
      const competency = competencies.find((c) => c.id === rating.competencyId)!;
      const assessment = new Assessment(me, competency, this.scaleOf(competency), {
        level: rating.level,
        source: EvidenceSource.SELF,
        assessedOn: on,
        validUntil: null,
        note: rating.reflection,
        assessor: me,
        recordedByUserId: actor.userId,
      });
      const ledger = ledgers.get(competency.id)!;
      ledger.add(this.em, assessment);
      ledger.settle(this.em, on);
      return assessment;
    });
    await this.em.flush();
    return made;
  }

  /** Self-assessments waiting for someone the actor may validate for, oldest first. */
  async queue(actor: Actor, page: { page: number; perPage: number }): Promise<ListPage<Assessment>> {
    const [nodes, totalCount] = await this.em.findAndCount(
      Assessment,
      { review: ReviewStatus.PENDING, ...(await this.reach.filter(actor, 'skills.assess')) },
      {
        orderBy: { createdAt: 'ASC', id: 'ASC' },
        limit: page.perPage,
        offset: (page.page - 1) * page.perPage,
        populate: ['person', 'competency'],
      },
    );
    return { nodes, totalCount };
  }

  /** The manager's answer: the same level validates the rating, another level adjusts it. */
  async review(actor: Actor, input: ReviewSelfAssessmentInput): Promise<Assessment> {
    const rating = await this.em.findOne(Assessment, { id: input.assessmentId }, { populate: ['person'] });
    if (!rating || rating.source !== EvidenceSource.SELF)
      throw new NotFoundError('Self-assessment', input.assessmentId);
    const person = await this.reach.person(actor, 'skills.assess', rating.person.id).catch(() => {
      throw new NotFoundError('Self-assessment', input.assessmentId);
    });
    const reviewer = await this.reach.actorPerson(actor);
    if (reviewer?.id === person.id) throw new ForbiddenError('You cannot validate your own self-assessment.');
    const competency = await this.competency(rating.competency.id);
    const ledger = (await SkillLedger.load(this.em, person, [competency])).get(competency.id)!;
    const on = today();
    const answer = new Assessment(person, competency, this.scaleOf(competency), {
      level: input.level,
      source: EvidenceSource.MANAGER,
      assessedOn: on,
      validUntil: this.defaultValidity(competency, on),
      note: input.comment ?? null,
      assessor: reviewer,
      recordedByUserId: actor.userId,
    });
    rating.reviewWith(answer);
    ledger.add(this.em, answer);
    ledger.settle(this.em, on);
    await this.em.flush();
    return answer;
  }

  private async competency(id: string): Promise<Competency> {
    const competency = await this.em.findOne(Competency, { id }, { populate: ['framework.scale'] });
    if (!competency) throw new NotFoundError('Competency', id);
    return competency;
  }

  private scaleOf(competency: Competency) {
    return competency.framework.getEntity().scale.getEntity();
  }

  /** Evidence of a competency with a refresher period lapses after it, unless the assessor says otherwise. */
  private defaultValidity(competency: Competency, assessedOn: IsoDate): IsoDate | null {
    return competency.validForMonths ? lastValidDay(assessedOn, competency.validForMonths) : null;
  }
}
