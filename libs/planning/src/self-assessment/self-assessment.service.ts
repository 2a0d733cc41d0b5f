import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, User } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { PlanChange } from '../plan/plan-change.entity';
import { isoDay } from '../plan/plan.service';
import { WorkforcePlan } from '../plan/workforce-plan.entity';
import { EvidenceGatherer } from './evidence';
import {
  type Judgement,
  JUDGEMENT_WORDS,
  SelfAssessmentEvidence,
  SelfAssessmentJudgement,
} from './self-assessment.entities';
import type { FrameworkJudgementView, FrameworkStatementView, SelfAssessmentView } from './self-assessment.types';
import { STATEMENTS } from './statements';

/**
 * The plan's Model Framework self-assessment (decision 0064): for each statement, the evidence
 * Kindred computes, the evidence people add, and the partnership's judgement with its history.
 */
@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly evidence: EvidenceGatherer,
  ) {}

  async view(planId: string, now = new Date()): Promise<SelfAssessmentView> {
    const plan = await this.em.findOne(WorkforcePlan, { id: planId });
    if (!plan) throw new NotFoundError('Workforce plan', planId);
    const today = isoDay(now);
    const [judgements, manual, figures] = await Promise.all([
      this.em.find(SelfAssessmentJudgement, { plan }, { orderBy: { createdAt: 'DESC', id: 'DESC' } }),
      this.em.find(SelfAssessmentEvidence, { plan }, { orderBy: { createdAt: 'ASC', id: 'ASC' } }),
      this.evidence.figures(
        STATEMENTS.flatMap((s) => s.evidence),
        { plan, today },
      ),
    ]);
    const users = await this.em.find(User, {
      id: { $in: [...judgements.map((j) => j.madeByUserId), ...manual.map((e) => e.addedByUserId)] },
    });
    const nameOf = (id: string) => users.find((u) => u.id === id)?.displayName ?? 'Someone who has left';
    const judgementView = (j: SelfAssessmentJudgement): FrameworkJudgementView => ({
      id: j.id,
      judgement: j.judgement,
      label: JUDGEMENT_WORDS[j.judgement],
      note: j.note,
      madeBy: nameOf(j.madeByUserId),
      madeAt: j.createdAt,
    });
    const statements: FrameworkStatementView[] = STATEMENTS.map((s) => {
      const history = judgements.filter((j) => j.statementCode === s.code).map(judgementView);
      return {
        ...s,
        evidence: s.evidence.flatMap((k) => figures.get(k) ?? []),
        manualEvidence: manual
          .filter((e) => e.statementCode === s.code)
          .map((e) => ({
            id: e.id,
            text: e.text,
            link: e.link,
            addedBy: nameOf(e.addedByUserId),
            addedAt: e.createdAt,
          })),
        judgement: history[0] ?? null,
        history,
      };
    });
    return { planId: plan.id, asOf: today, statements };
  }

  /** Records a judgement; earlier ones stay as its history. */
  async judge(actor: Actor, planId: string, statementCode: string, judgement: Judgement, note: string): Promise<void> {
    await this.em.transactional(async (tx) => {
      const plan = await this.plan(tx, planId);
      const made = new SelfAssessmentJudgement(plan, statementCode, judgement, note, actor.userId);
      tx.persist([made, this.change(actor, plan, made, { judgement: [null, judgement], note: [null, made.note] })]);
    });
  }

  async addEvidence(
    actor: Actor,
    planId: string,
    statementCode: string,
    evidence: { text: string; link?: string | null },
  ): Promise<void> {
    await this.em.transactional(async (tx) => {
      const plan = await this.plan(tx, planId);
      const added = new SelfAssessmentEvidence(plan, statementCode, evidence, actor.userId);
      tx.persist([added, this.change(actor, plan, added, { text: [null, added.text], link: [null, added.link] })]);
    });
  }

  private async plan(tx: EntityManager, planId: string): Promise<WorkforcePlan> {
    const plan = await tx.findOne(WorkforcePlan, { id: planId });
    if (!plan) throw new NotFoundError('Workforce plan', planId);
    return plan;
  }

  /** The plan's own audit trail records self-assessment writes too (decision 0060). */
  private change(
    actor: Actor,
    plan: WorkforcePlan,
    record: SelfAssessmentJudgement | SelfAssessmentEvidence,
    changes: Record<string, [unknown, unknown]>,
  ): PlanChange {
    return new PlanChange(plan, {
      actorUserId: actor.userId,
      action: 'CREATED',
      entityType: record.constructor.name,
      entityId: record.id,
      changes: { statement: [null, record.statementCode], ...changes },
    });
  }
}
