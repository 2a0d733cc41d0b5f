import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ComplianceStatus, CpdStanding, worstStatus } from '@kindred/cpd';
import { FrequencyPattern, nextDueDate } from '@kindred/supervision';
import { type Measure, MeasureKind } from './plan-objective.entity';
import { pgArray } from './sql';

/** What shows that a person meets a measure today. */
export interface Evidence {
  /** The day it dates from: the course completed, the level held since, the last supervision held. */
  on: string | null;
  /** The competency level held. */
  level: number | null;
  /** The last day the course stays valid; null when it does not expire. */
  validUntil: string | null;
}

const NONE: Evidence = { on: null, level: null, validUntil: null };

/**
 * Who meets a measure today, with the evidence, read from the skills ledger, training records,
 * supervision and CPD as they stand. The plan's objectives count the people; development
 * pathways show each person their evidence.
 */
@Injectable()
export class MeasureEvidence {
  constructor(
    private readonly em: EntityManager,
    private readonly cpd: CpdStanding,
  ) {}

  /** The people among `people` who meet the measure today, each with their evidence. */
  async of(partnershipId: string, people: string[], measure: Measure, today: string): Promise<Map<string, Evidence>> {
    if (people.length === 0) return new Map();
    const sql = this.em.getConnection();
    const ids = pgArray(people);
    switch (measure.kind) {
      case MeasureKind.COMPETENCY_LEVEL: {
        // The ledger keeps one bit per level held (decision 0004), as the gap analysis reads it.
        const rows = await sql.execute<{ person_id: string; level: number; since: string }[]>(
          `select person_id, level, to_char(since, 'YYYY-MM-DD') as since from skill_holding
           where person_id = any(?::uuid[]) and competency_id = ? and (held_mask & (1 << (?::int - 1))) <> 0`,
          [ids, measure.competencyId, measure.level],
        );
        return new Map(rows.map((r) => [r.person_id, { ...NONE, on: r.since, level: r.level }]));
      }
      case MeasureKind.COURSE_VALID: {
        const rows = await sql.execute<{ person_id: string; completed_on: string; valid_until: string | null }[]>(
          `select person_id, to_char(max(completed_on), 'YYYY-MM-DD') as completed_on,
                  case when bool_or(expires_on is null) then null else to_char(max(expires_on), 'YYYY-MM-DD') end as valid_until
           from training_record
           where person_id = any(?::uuid[]) and course_id = ? and validation = 'VALIDATED' and revoked_at is null
             and completed_on <= ? and (expires_on is null or expires_on >= ?)
           group by person_id`,
          [ids, measure.courseId, today, today],
        );
        return new Map(rows.map((r) => [r.person_id, { ...NONE, on: r.completed_on, validUntil: r.valid_until }]));
      }
      case MeasureKind.SUPERVISION_IN_FREQUENCY: {
        // Held means recorded or signed off, as supervision's own compliance counts it.
        const rows = await sql.execute<
          {
            supervisee_id: string;
            frequency_pattern: FrequencyPattern;
            frequency_days: number | null;
            start_date: string;
            last_held: string | null;
          }[]
        >(
          `select a.supervisee_id, a.frequency_pattern, a.frequency_days, to_char(a.start_date, 'YYYY-MM-DD') as start_date,
                  to_char(max(s.starts_at at time zone 'UTC') filter (
                    where s.status in ('RECORDED', 'SIGNED_OFF') and (s.starts_at at time zone 'UTC')::date <= ?), 'YYYY-MM-DD') as last_held
           from supervision_agreement a left join supervision_session s on s.agreement_id = a.id
           where a.supervisee_id = any(?::uuid[]) and a.start_date <= ? and (a.end_date is null or a.end_date >= ?)
           group by a.id`,
          [today, ids, today, today],
        );
        const meeting = new Map<string, Evidence>();
        for (const r of rows) {
          const due = nextDueDate(
            { pattern: r.frequency_pattern, everyDays: r.frequency_days },
            r.start_date,
            r.last_held,
          );
          if (due < today) continue;
          // With two agreements in frequency, the more recent session is the evidence.
          const held = [meeting.get(r.supervisee_id)?.on, r.last_held].filter((d): d is string => !!d).sort();
          meeting.set(r.supervisee_id, { ...NONE, on: held.pop() ?? null });
        }
        return meeting;
      }
      case MeasureKind.CPD_ON_TRACK: {
        const standing = await this.cpd.of(partnershipId, people, today);
        return new Map(
          people
            .filter((id) => worstStatus(standing.get(id) ?? []) === ComplianceStatus.ON_TRACK)
            .map((id) => [id, NONE]),
        );
      }
      case MeasureKind.SURVEY_AGREEMENT:
        // Answers are anonymous: no person can be shown to agree (decision 0065).
        throw new Error('Survey agreement is counted over anonymous responses, not people.');
    }
  }
}
