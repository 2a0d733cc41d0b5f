import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { ForbiddenError } from '@kindred/common';
import { type Person, PersonReach } from '@kindred/org';
import { today } from '../dates';
import { EvidenceSource } from './evidence';
import type { PersonSkillView } from './assessment.types';

interface Row {
  competency_id: string;
  code: string;
  name: string;
  framework_id: string;
  framework_name: string;
  levels: { name: string }[];
  required: number | null;
  essential: boolean | null;
  due_on: string | null;
  level: number | null;
  held_mask: number | null;
  source: EvidenceSource | null;
  since: string | null;
  review_on: string | null;
  pending: boolean;
}

/**
 * A person's standing on every competency their current jobs require, they hold, or they have
 * rated themselves on: required against current, with due dates and pending validations.
 */
@Injectable()
export class PersonSkills {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  async of(actor: Actor, personId: string, frameworkId?: string | null): Promise<PersonSkillView[]> {
    const person = await this.reach.person(actor, 'skills.read', personId);
    return this.standing(person, frameworkId);
  }

  async mine(actor: Actor, frameworkId?: string | null): Promise<PersonSkillView[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) throw new ForbiddenError('Your sign-in is not linked to a person record, so there are no skills to show.');
    return this.standing(me, frameworkId);
  }

  private async standing(person: Person, frameworkId?: string | null): Promise<PersonSkillView[]> {
    const asOf = today();
    const rows = await this.em.getConnection().execute<Row[]>(
      `with need as (
         select r.competency_id, max(r.level) as required, bool_or(r.priority = 'ESSENTIAL') as essential,
                min(ja.start_date + r.within_days) as due_on
         from job_assignment ja join role_requirement r on r.role_profile_id = ja.role_profile_id
         where ja.person_id = ? and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
         group by r.competency_id
       ), pending as (
         select distinct competency_id from assessment where person_id = ? and review = 'PENDING'
       ), shown as (
         select competency_id from need
         union select competency_id from skill_holding where person_id = ?
         union select competency_id from pending
       )
       select c.id as competency_id, c.code, c.name, f.id as framework_id, f.name as framework_name, s.levels,
              n.required, n.essential, to_char(n.due_on, 'YYYY-MM-DD') as due_on,
              h.level, h.held_mask, h.source, to_char(h.since, 'YYYY-MM-DD') as since,
              to_char(h.review_on, 'YYYY-MM-DD') as review_on, (p.competency_id is not null) as pending
       from shown
       join competency c on c.id = shown.competency_id
       join competency_framework f on f.id = c.framework_id
       join proficiency_scale s on s.id = f.scale_id
       left join need n on n.competency_id = c.id
       left join skill_holding h on h.competency_id = c.id and h.person_id = ?
       left join pending p on p.competency_id = c.id
       where (?::uuid is null or f.id = ?::uuid)
       order by f.name, (n.essential is true) desc, c.code`,
      [person.id, asOf, asOf, person.id, person.id, person.id, frameworkId ?? null, frameworkId ?? null],
    );
    return rows.map((r) => {
      const meets = r.required === null || ((r.held_mask ?? 0) & (1 << (r.required - 1))) !== 0;
      return {
        competencyId: r.competency_id,
        code: r.code,
        name: r.name,
        frameworkId: r.framework_id,
        frameworkName: r.framework_name,
        requiredLevel: r.required,
        requiredLevelName: r.required === null ? null : (r.levels[r.required - 1]?.name ?? null),
        priority: r.essential === null ? null : r.essential ? 'ESSENTIAL' : 'DESIRABLE',
        dueOn: r.due_on,
        currentLevel: r.level,
        currentLevelName: r.level === null ? null : (r.levels[r.level - 1]?.name ?? null),
        source: r.source,
        since: r.since,
        reviewOn: r.review_on,
        meets,
        overdue: !meets && r.due_on !== null && r.due_on < asOf,
        pendingReview: r.pending,
      } as PersonSkillView;
    });
  }
}
