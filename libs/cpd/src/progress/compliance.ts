import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, confinedTo } from '@kindred/auth';
import { Person, PersonReach } from '@kindred/org';
import { today } from '../entry/entry.service';
import { ComplianceStatus } from '../rules';
import type { ComplianceArgs, ComplianceView } from './progress.types';
import { CpdStanding, worstStatus } from './standing';

const ORDER: ComplianceStatus[] = [ComplianceStatus.MISSING, ComplianceStatus.AT_RISK, ComplianceStatus.ON_TRACK];

/**
 * Team CPD compliance: for the people an actor reaches with a current job, their status and what
 * is missing, worst first. Built from figures only; no reflective text leaves the person's own log.
 */
@Injectable()
export class Compliance {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly standing: CpdStanding,
  ) {}

  async run(actor: Actor, args: ComplianceArgs, now = new Date()): Promise<ComplianceView> {
    const asOf = today(now);
    const reach = await this.reach.condition(actor, 'cpd.compliance');
    const jobConditions = ['ja.person_id = p.id', 'ja.start_date <= ?', '(ja.end_date is null or ja.end_date >= ?)'];
    const params: unknown[] = [asOf, asOf];
    if (args.filter?.organisationId) {
      jobConditions.push('ja.organisation_id = ?');
      params.push(args.filter.organisationId);
    }
    if (args.filter?.teamId) {
      jobConditions.push('ja.team_id = ?');
      params.push(args.filter.teamId);
    }
    const connection = this.em.getConnection();
    const people = await connection.execute<{ id: string }[]>(
      `select p.id from person p
       where p.partnership_id = ? and exists (select 1 from job_assignment ja where ${jobConditions.join(' and ')})
         and ${reach.on('p.id')}
       order by p.family_name, p.given_name, p.id`,
      [actor.partnershipId, ...params, ...reach.params],
    );
    // The organisations of those same current jobs, for the figures per organisation.
    const jobs = people.length
      ? await connection.execute<{ person_id: string; organisation_id: string; name: string }[]>(
          `select distinct ja.person_id, o.id as organisation_id, o.name
           from person p join job_assignment ja on ${jobConditions.join(' and ')}
           join organisation o on o.id = ja.organisation_id
           where p.id = any(?::uuid[])`,
          [...params, `{${people.map((p) => p.id).join(',')}}`],
        )
      : [];
    const standing = await this.standing.of(
      actor.partnershipId,
      people.map((p) => p.id),
      asOf,
    );
    const rows = people.map(({ id }) => {
      const progress = standing.get(id)!;
      const status = worstStatus(progress);
      const open = progress.filter((p) => !p.complete);
      return {
        personId: id,
        regulators: progress.map((p) => p.regulator),
        status,
        dueBy: (open.length ? open : progress).map((p) => p.dueBy).sort()[0],
        missing: open.flatMap((p) =>
          p.requirements
            .filter((r) => !r.met)
            .map((r) => `${p.regulator === 'NONE' ? 'Target' : p.regulator}: ${r.label} ${r.have}/${r.need}`),
        ),
      };
    });
    // A partner admin's figures are their organisation's, also for someone who works elsewhere too.
    const confined = confinedTo('cpd.compliance', actor.grants);
    const ownJobs = jobs.filter((j) => !confined || confined.includes(j.organisation_id));
    const count = (status: ComplianceStatus, among = rows) => among.filter((r) => r.status === status).length;
    const byOrganisation = [...new Map(ownJobs.map((j) => [j.organisation_id, j.name])).entries()]
      .map(([organisationId, name]) => {
        const members = new Set(ownJobs.filter((j) => j.organisation_id === organisationId).map((j) => j.person_id));
        const among = rows.filter((r) => members.has(r.personId));
        return {
          organisationId,
          name,
          people: among.length,
          onTrack: count(ComplianceStatus.ON_TRACK, among),
          atRisk: count(ComplianceStatus.AT_RISK, among),
          missing: count(ComplianceStatus.MISSING, among),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const wanted = args.filter?.status;
    const matching = rows
      .filter((r) => !wanted || r.status === wanted)
      // Worst first, then soonest due; the name order from the query breaks ties.
      .map((row, index) => ({ row, index }))
      .sort(
        (a, b) =>
          ORDER.indexOf(a.row.status) - ORDER.indexOf(b.row.status) ||
          a.row.dueBy.localeCompare(b.row.dueBy) ||
          a.index - b.index,
      )
      .map(({ row }) => row);
    const page = matching.slice((args.page - 1) * args.perPage, args.page * args.perPage);
    const persons = await this.em.find(Person, { id: { $in: page.map((r) => r.personId) } });
    return {
      asOf,
      onTrack: count(ComplianceStatus.ON_TRACK),
      atRisk: count(ComplianceStatus.AT_RISK),
      missing: count(ComplianceStatus.MISSING),
      totalCount: matching.length,
      byOrganisation,
      rows: page.map(({ personId, ...row }) => ({ ...row, person: persons.find((p) => p.id === personId)! })),
    };
  }
}
