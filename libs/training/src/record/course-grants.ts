import type { EntityManager } from '@mikro-orm/postgresql';
import type { IsoDate, Person } from '@kindred/org';
import { Assessment, Competency, EvidenceSource, lastValidDay, SkillLedger } from '@kindred/skills';
import type { Course } from '../course/course.entity';
import type { TrainingRecord } from './training-record.entity';

/** Who grants the levels: the user settling a session, or the manager validating outside training. */
export interface Granter {
  /** Null when a provider plugin reported the completion: no person recorded it. */
  userId: string | null;
  assessor: Person | null;
  /** The validating manager's comment, kept with the evidence. */
  comment?: string | null;
}

/**
 * The competency levels a course grants, written as TRAINING evidence for each counted record.
 * The evidence lasts as long as the record (or the competency's own refresher period when the
 * course never expires), so the nightly lapse job lowers the level when the training runs out.
 */
export class CourseGrants {
  private constructor(
    private readonly course: Course,
    private readonly competencies: Competency[],
  ) {}

  /** Loads the granted competencies with their frameworks and scales, once for many records. */
  static async of(em: EntityManager, course: Course): Promise<CourseGrants> {
    const ids = course.grants.map((g) => g.competencyId);
    const competencies = ids.length
      ? await em.find(Competency, { id: { $in: ids } }, { populate: ['framework.scale'] })
      : [];
    return new CourseGrants(course, competencies);
  }

  /** Adds the evidence to the person's ledgers and brings their stored levels up to date as of `asOf`. */
  async grant(em: EntityManager, record: TrainingRecord, by: Granter, asOf: IsoDate): Promise<void> {
    if (this.competencies.length === 0) return;
    const person = record.person.getEntity();
    const ledgers = await SkillLedger.load(em, person, this.competencies);
    for (const { competencyId, level } of this.course.grants) {
      const competency = this.competencies.find((c) => c.id === competencyId);
      // A competency deleted from its framework since the course was set up grants nothing.
      if (!competency) continue;
      const refresher = competency.validForMonths ? lastValidDay(record.completedOn, competency.validForMonths) : null;
      const ledger = ledgers.get(competency.id)!;
      ledger.add(
        em,
        new Assessment(person, competency, competency.framework.getEntity().scale.getEntity(), {
          level,
          source: EvidenceSource.TRAINING,
          assessedOn: record.completedOn,
          validUntil: record.expiresOn ?? refresher,
          note: [`${record.title}, completed ${record.completedOn}`, by.comment?.trim()].filter(Boolean).join(': '),
          assessor: by.assessor,
          recordedByUserId: by.userId,
          sourceRecordId: record.id,
        }),
      );
      ledger.settle(em, asOf);
    }
  }

  /** Ends the evidence a revoked record gave, from `on`, and brings the person's levels down with it. */
  async withdraw(em: EntityManager, record: TrainingRecord, on: IsoDate, reason: string): Promise<void> {
    if (this.competencies.length === 0) return;
    const ledgers = await SkillLedger.load(em, record.person.getEntity(), this.competencies);
    for (const ledger of ledgers.values()) {
      if (ledger.withdraw(em, record.id, on, reason) > 0) ledger.settle(em, on);
    }
  }
}
