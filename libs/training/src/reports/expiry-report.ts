import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { type IsoDate, PersonReach } from '@kindred/org';
import { dayAfter, isoDay } from '../record/days';
import { TrainingRecord } from '../record/training-record.entity';
import { ExpiryBucket, type ExpiryScopeInput } from './reports.types';

export interface ExpiryRow {
  record: TrainingRecord;
  bucket: ExpiryBucket;
  daysLeft: number;
}

export interface TrainingExpiry {
  asOf: IsoDate;
  expired: number;
  within30Days: number;
  within60Days: number;
  within90Days: number;
  rows: ExpiryRow[];
  totalCount: number;
}

const DAY_MS = 86_400_000;

function bucketOf(daysLeft: number): ExpiryBucket {
  if (daysLeft < 0) return ExpiryBucket.EXPIRED;
  if (daysLeft <= 30) return ExpiryBucket.WITHIN_30_DAYS;
  if (daysLeft <= 60) return ExpiryBucket.WITHIN_60_DAYS;
  return ExpiryBucket.WITHIN_90_DAYS;
}

/**
 * Training running out: for each person in scope with a current job, their latest counted record
 * of each course (or, for training done elsewhere without a course, of each title), when it has
 * expired or expires within the window. A refresher supersedes the record it renews, so only
 * people who still need one appear.
 */
@Injectable()
export class ExpiryReport {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  async run(
    actor: Actor,
    scope: ExpiryScopeInput,
    withinDays: number,
    page: { page: number; perPage: number },
    now = new Date(),
  ): Promise<TrainingExpiry> {
    const asOf = isoDay(now);
    const reach = await this.reach.condition(actor, 'record.read');
    const jobConditions = ['ja.start_date <= ?', '(ja.end_date is null or ja.end_date >= ?)'];
    const jobParams: unknown[] = [asOf, asOf];
    if (scope.organisationId) {
      jobConditions.push('ja.organisation_id = ?');
      jobParams.push(scope.organisationId);
    }
    if (scope.teamId) {
      jobConditions.push('ja.team_id = ?');
      jobParams.push(scope.teamId);
    }
    const training = `coalesce(r.course_id::text, lower(r.title))`;
    const latest = `with latest as (
        select distinct on (r.person_id, ${training}) r.id, r.expires_on
        from training_record r
        where r.partnership_id = ? and r.validation = 'VALIDATED' and r.revoked_at is null
          and (?::uuid is null or r.person_id = ?::uuid)
          and ${reach.on('r.person_id')}
          and exists (select 1 from job_assignment ja where ja.person_id = r.person_id and ${jobConditions.join(' and ')})
        order by r.person_id, ${training}, r.completed_on desc, r.created_at desc
      ), due as (select * from latest where expires_on <= ?)`;
    const params = [
      actor.partnershipId,
      scope.personId ?? null,
      scope.personId ?? null,
      ...reach.params,
      ...jobParams,
      dayAfter(now, withinDays),
    ];
    const connection = this.em.getConnection();
    const [[figures], ids] = await Promise.all([
      connection.execute<{ expired: number; d30: number; d60: number; d90: number; total: number }[]>(
        `${latest} select
           count(*) filter (where expires_on < ?)::int as expired,
           count(*) filter (where expires_on between ? and ?)::int as d30,
           count(*) filter (where expires_on between ? and ?)::int as d60,
           count(*) filter (where expires_on > ?)::int as d90,
           count(*)::int as total
         from due`,
        [...params, asOf, asOf, dayAfter(now, 30), dayAfter(now, 31), dayAfter(now, 60), dayAfter(now, 60)],
      ),
      connection.execute<{ id: string }[]>(`${latest} select id from due order by expires_on, id limit ? offset ?`, [
        ...params,
        page.perPage,
        (page.page - 1) * page.perPage,
      ]),
    ]);
    const records = await this.em.find(TrainingRecord, { id: { $in: ids.map((r) => r.id) } });
    const today = new Date(`${asOf}T00:00:00Z`).getTime();
    const rows = ids.map(({ id }) => {
      const record = records.find((r) => r.id === id)!;
      const daysLeft = Math.round((new Date(`${record.expiresOn}T00:00:00Z`).getTime() - today) / DAY_MS);
      return { record, bucket: bucketOf(daysLeft), daysLeft };
    });
    return {
      asOf,
      expired: figures.expired,
      within30Days: figures.d30,
      within60Days: figures.d60,
      within90Days: figures.d90,
      rows,
      totalCount: figures.total,
    };
  }
}
