import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { WorkforcePlan } from '../plan/workforce-plan.entity';
import { statementOf } from './statements';

/** The framework's own words for where a partnership stands on a statement, and "not yet". */
export enum Judgement {
  NOT_YET = 'NOT_YET',
  BASIC = 'BASIC',
  DEVELOPED = 'DEVELOPED',
}

export const JUDGEMENT_WORDS: Record<Judgement, string> = {
  [Judgement.NOT_YET]: 'Not yet',
  [Judgement.BASIC]: 'Basic',
  [Judgement.DEVELOPED]: 'Developed',
};

function assertStatement(code: string): void {
  if (!statementOf(code))
    throw new BadInputError(`There is no Model Framework statement ${code} in the self-assessment.`);
}

/**
 * A judgement on one statement of the plan's self-assessment. Judgements are never changed or
 * removed: a new judgement is a new row, so the latest is where the partnership stands and the
 * rest are its history (decision 0064).
 */
@Entity()
@Index({ properties: ['plan', 'statementCode', 'createdAt'] })
export class SelfAssessmentJudgement extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => WorkforcePlan, ref: true, deleteRule: 'cascade' })
  plan: Ref<WorkforcePlan>;

  @Property({ type: 'string', length: 20 })
  statementCode: string;

  @Enum({ items: () => Judgement, nativeEnumName: 'framework_judgement' })
  judgement: Judgement;

  /** Why, in a sentence or two. */
  @Property({ type: 'text' })
  note: string;

  @Property({ type: 'uuid' })
  madeByUserId: string;

  constructor(plan: WorkforcePlan, statementCode: string, judgement: Judgement, note: string, madeByUserId: string) {
    super(plan.partnership);
    plan.assertEditable();
    assertStatement(statementCode);
    if (note.trim().length > 2000) throw new BadInputError('Keep the reason for the judgement to 2000 characters.');
    this.plan = ref(plan);
    this.statementCode = statementCode;
    this.judgement = judgement;
    this.note = note.trim();
    this.madeByUserId = madeByUserId;
  }
}

/** Evidence for a statement that Kindred cannot count: what it is, and where to find it. */
@Entity()
@Index({ properties: ['plan', 'statementCode'] })
export class SelfAssessmentEvidence extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => WorkforcePlan, ref: true, deleteRule: 'cascade' })
  plan: Ref<WorkforcePlan>;

  @Property({ type: 'string', length: 20 })
  statementCode: string;

  @Property({ type: 'text' })
  text: string;

  @Property({ type: 'string', length: 500, nullable: true })
  link: string | null;

  @Property({ type: 'uuid' })
  addedByUserId: string;

  constructor(
    plan: WorkforcePlan,
    statementCode: string,
    evidence: { text: string; link?: string | null },
    addedByUserId: string,
  ) {
    super(plan.partnership);
    plan.assertEditable();
    assertStatement(statementCode);
    const text = evidence.text.trim();
    const link = evidence.link?.trim() || null;
    if (!text || text.length > 2000) throw new BadInputError('Describe the evidence in up to 2000 characters.');
    if (link && (link.length > 500 || !/^https?:\/\/\S+$/.test(link))) {
      throw new BadInputError('A link must be a web address starting http:// or https://, of at most 500 characters.');
    }
    this.plan = ref(plan);
    this.statementCode = statementCode;
    this.text = text;
    this.link = link;
    this.addedByUserId = addedByUserId;
  }
}
