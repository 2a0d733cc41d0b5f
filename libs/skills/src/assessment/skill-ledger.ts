import type { EntityManager } from '@mikro-orm/postgresql';
import type { IsoDate, Person } from '@kindred/org';
import type { Competency } from '../framework/competency.entity';
import { addDays } from '../dates';
import { Assessment } from './assessment.entity';
import { currentLevel, EvidenceSource, type LevelRules, ReviewStatus } from './evidence';
import { SkillHolding } from './skill-holding.entity';

/** The level rules of a competency's framework; framework and scale must be loaded. */
export function rulesFor(competency: Competency): LevelRules {
  const framework = competency.framework.getEntity();
  return {
    rule: framework.levelRule,
    selfAssessmentCounts: framework.selfAssessmentCounts,
    cumulative: framework.scale.getEntity().cumulative,
  };
}

/**
 * One person's evidence for one competency and the level it adds up to. Services load it, add
 * evidence, and `settle` it; the holding row then matches the history as of that day.
 */
export class SkillLedger {
  constructor(
    readonly person: Person,
    readonly competency: Competency,
    private readonly history: Assessment[],
    private holding: SkillHolding | null,
  ) {}

  /** The ledgers of several competencies of one person, in two queries. */
  static async load(em: EntityManager, person: Person, competencies: Competency[]): Promise<Map<string, SkillLedger>> {
    const ids = competencies.map((c) => c.id);
    const [history, holdings] = await Promise.all([
      em.find(Assessment, { person, competency: { $in: ids } }),
      em.find(SkillHolding, { person, competency: { $in: ids } }),
    ]);
    return new Map(
      competencies.map((c) => [
        c.id,
        new SkillLedger(
          person,
          c,
          history.filter((a) => a.competency.id === c.id),
          holdings.find((h) => h.competency.id === c.id) ?? null,
        ),
      ]),
    );
  }

  add(em: EntityManager, assessment: Assessment): void {
    this.history.push(assessment);
    em.persist(assessment);
  }

  /** Writes an EXPIRED record for every counted piece of evidence that lapsed before `asOf`. */
  recordLapses(em: EntityManager, asOf: IsoDate): number {
    const ended = this.endedOn();
    const lapsed = this.history.filter(
      (a) => a.source !== EvidenceSource.EXPIRED && a.validUntil !== null && a.validUntil < asOf && !ended.has(a.id),
    );
    const scale = this.competency.framework.getEntity().scale.getEntity();
    lapsed.forEach((a) => this.add(em, a.lapse(scale, addDays(a.validUntil!, 1))));
    return lapsed.length;
  }

  /**
   * Ends, from `on`, the evidence that came from a record now withdrawn (a revoked training
   * record): an EXPIRED record answers each piece, with the reason. Returns how many were ended.
   */
  withdraw(em: EntityManager, sourceRecordId: string, on: IsoDate, reason: string): number {
    const ended = this.endedOn();
    const withdrawn = this.history.filter(
      (a) => a.sourceRecordId === sourceRecordId && a.source !== EvidenceSource.EXPIRED && !ended.has(a.id),
    );
    const scale = this.competency.framework.getEntity().scale.getEntity();
    withdrawn.forEach((a) => this.add(em, a.lapse(scale, on, reason)));
    return withdrawn.length;
  }

  /** For each piece of evidence an EXPIRED record answers, the day it stopped counting. */
  private endedOn(): Map<string, IsoDate> {
    return new Map(
      this.history
        .filter((a) => a.source === EvidenceSource.EXPIRED && a.answers)
        .map((a) => [a.answers!.id, a.assessedOn]),
    );
  }

  /** Brings the stored holding in line with the history. */
  settle(em: EntityManager, asOf: IsoDate): void {
    // Evidence counts until the day its EXPIRED answer says it stopped: a lapse changes nothing
    // (that day follows its last valid day), a withdrawal ends it early.
    const ended = this.endedOn();
    const evidence = this.history.map((a) => {
      const endsOn = ended.get(a.id);
      if (!endsOn) return a.evidence;
      const lastDay = addDays(endsOn, -1);
      return { ...a.evidence, validUntil: a.validUntil && a.validUntil < lastDay ? a.validUntil : lastDay };
    });
    const current = currentLevel(evidence, rulesFor(this.competency), asOf);
    if (!current) {
      if (this.holding) em.remove(this.holding);
      this.holding = null;
    } else if (this.holding) {
      this.holding.set(current);
    } else {
      this.holding = new SkillHolding(this.person, this.competency, current);
      em.persist(this.holding);
    }
  }

  get pendingReview(): boolean {
    return this.history.some((a) => a.review === ReviewStatus.PENDING);
  }
}
