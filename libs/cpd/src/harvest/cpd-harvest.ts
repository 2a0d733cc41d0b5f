import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';

export interface HarvestCpdData {
  /** Only these people's facts (after a change to them); everyone's when left out. */
  personIds?: string[];
}

export const harvestCpd = defineJob<HarvestCpdData | null>('cpd.harvest');

/** A sweep catches anything an enqueue after the fact missed (a worker down, Redis away). */
export const harvestCpdSchedule = defineSchedule({ name: 'cpd.harvest', cron: '7,37 * * * *', job: harvestCpd });

/**
 * Makes CPD entries from facts recorded elsewhere: counted training records (attended sessions,
 * validated training done elsewhere, imports, provider completions), signed-off supervision (1:1
 * and group: the supervisee or each attendee) and reflective practice groups (each attendee),
 * read from the plain columns supervision keeps for this, never its sealed content. One statement per
 * source, `on conflict do nothing` on (person, source, source id): a fact becomes one entry exactly
 * once however often or concurrently this runs, and an entry the person has edited is left as
 * they left it. People who turned automatic entries off, and records with no CPD time, are skipped.
 * An entry follows its fact: once its training record is revoked, the entry goes.
 */
@Injectable()
export class CpdHarvest {
  private readonly logger = new Logger(CpdHarvest.name);

  constructor(private readonly em: EntityManager) {}

  @JobHandler(harvestCpd)
  async run(data: HarvestCpdData | null): Promise<number> {
    const people = data?.personIds?.length ? `{${data.personIds.join(',')}}` : null;
    const connection = this.em.getConnection();
    const withdrawn = await connection.execute<{ id: string }[]>(
      `delete from cpd_entry e using training_record r
       where e.source = 'TRAINING' and e.source_id = r.id and r.revoked_at is not null
         and (?::uuid[] is null or e.person_id = any(?::uuid[]))
       returning e.id`,
      [people, people],
    );
    // E-learning is done alone; every other course is learning with others (NMC: participatory).
    const made = await connection.execute<{ id: string }[]>(
      `insert into cpd_entry (id, partnership_id, person_id, date, title, type, minutes, participatory,
                              competencies, source, source_id, created_at, updated_at)
       select gen_random_uuid(), r.partnership_id, r.person_id, r.completed_on, left(r.title, 200),
              (case when c.mode = 'E_LEARNING' then 'E_LEARNING' else 'COURSE' end)::cpd_type,
              r.cpd_minutes, coalesce(c.mode <> 'E_LEARNING', r.source = 'SESSION'),
              '[]'::jsonb, 'TRAINING'::cpd_source, r.id, now(), now()
       from training_record r
       left join course c on c.id = r.course_id
       where r.validation = 'VALIDATED' and r.revoked_at is null and r.cpd_minutes > 0
         and r.completed_on <= current_date
         and (?::uuid[] is null or r.person_id = any(?::uuid[]))
         and not exists (select 1 from cpd_preferences p where p.person_id = r.person_id and not p.auto_entries)
       on conflict (person_id, source, source_id) do nothing
       returning id`,
      [people, people],
    );
    // Supervision is learning with others; its date is the day it was held.
    const supervised = await connection.execute<{ id: string }[]>(
      `insert into cpd_entry (id, partnership_id, person_id, date, title, type, minutes, participatory,
                              competencies, source, source_id, created_at, updated_at)
       select gen_random_uuid(), s.partnership_id, who.person_id, (s.starts_at at time zone 'UTC')::date,
              case s.kind when 'ONE_TO_ONE' then 'Supervision' when 'GROUP' then 'Group supervision'
                          else 'Reflective practice group' end,
              (case when s.kind = 'REFLECTIVE_PRACTICE' then 'REFLECTIVE_PRACTICE_GROUP' else 'SUPERVISION' end)::cpd_type,
              s.duration_minutes, true, '[]'::jsonb,
              (case when s.kind = 'REFLECTIVE_PRACTICE' then 'REFLECTIVE_PRACTICE' else 'SUPERVISION' end)::cpd_source,
              s.id, now(), now()
       from supervision_session s
       cross join lateral (
         select s.supervisee_id as person_id where s.supervisee_id is not null
         union select a.person_id from supervision_session_attendee a where a.supervision_session_id = s.id
       ) who
       where s.status = 'SIGNED_OFF' and s.duration_minutes > 0
         and (?::uuid[] is null or who.person_id = any(?::uuid[]))
         and not exists (select 1 from cpd_preferences p where p.person_id = who.person_id and not p.auto_entries)
       on conflict (person_id, source, source_id) do nothing
       returning id`,
      [people, people],
    );
    if (made.length || withdrawn.length || supervised.length) {
      this.logger.log(
        `CPD entries: ${made.length} from training (${withdrawn.length} withdrawn), ${supervised.length} from supervision`,
      );
    }
    return made.length + supervised.length;
  }
}
