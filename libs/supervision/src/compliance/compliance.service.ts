import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw } from '@mikro-orm/core';
import { type Actor, confinedTo } from '@kindred/auth';
import { type IsoDate, Person, PersonReach } from '@kindred/org';
import { type AgreementStanding, isoToday, standingOf } from '../agreement/agreement-standing';
import { addDays, DueState } from '../agreement/schedule';
import { SupervisionAgreement } from '../agreement/supervision-agreement.entity';

interface Group {
  id: string | null;
  name: string;
  agreements: number;
  withinFrequency: number;
  share: number;
}

const share = (within: number, of: number) => (of === 0 ? 0 : Math.round((within / of) * 1000) / 1000);

/**
 * Supervision compliance for the agreements of the people in reach (and those the actor
 * supervises): due, overdue and held by agreement; the share within frequency by team,
 * organisation and role profile; missed and cancelled sessions; open and overdue actions; and
 * group reflective practice attendance. Figures and dates only: nothing here opens content.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  async figures(actor: Actor, args: { asOf?: IsoDate | null; organisationId?: string | null; teamId?: string | null }) {
    const asOf = args.asOf ?? isoToday();
    const me = await this.reach.actorPerson(actor);
    const reached = await this.reach.condition(actor, 'supervision.compliance');
    const inScope = raw(
      (alias: string) => `(${reached.on(`${alias}.supervisee_id`)} or ${alias}.supervisor_id = ?)
        and ${alias}.start_date <= ? and (${alias}.end_date is null or ${alias}.end_date >= ?)
        and (?::uuid is null or exists (select 1 from job_assignment ja where ja.person_id = ${alias}.supervisee_id
             and ja.organisation_id = ?::uuid and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)))
        and (?::uuid is null or exists (select 1 from job_assignment ja where ja.person_id = ${alias}.supervisee_id
             and ja.team_id = ?::uuid and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)))`,
      [
        ...reached.params,
        me?.id ?? null,
        asOf,
        asOf,
        args.organisationId ?? null,
        args.organisationId ?? null,
        asOf,
        asOf,
        args.teamId ?? null,
        args.teamId ?? null,
        asOf,
        asOf,
      ],
    );
    const agreements = await this.em.find(
      SupervisionAgreement,
      { [inScope]: [] },
      {
        populate: ['supervisee', 'supervisor'],
        orderBy: { supervisee: { familyName: 'ASC', givenName: 'ASC' }, id: 'ASC' },
      },
    );
    const standing = await standingOf(this.em, agreements, asOf);
    const ids = `{${agreements.map((a) => a.id).join(',')}}`;
    const connection = this.em.getConnection();

    const actionRows = agreements.length
      ? await connection.execute<{ agreement_id: string; open: number; overdue: number }[]>(
          `select s.agreement_id, count(*)::int as open, count(*) filter (where a.due_date < ?)::int as overdue
           from supervision_action a join supervision_session s on s.id = a.current_session_id
           where a.status = 'OPEN' and s.agreement_id = any(?::uuid[]) group by s.agreement_id`,
          [asOf, ids],
        )
      : [];
    const jobs = agreements.length
      ? await connection.execute<
          {
            person_id: string;
            team_id: string | null;
            team: string | null;
            organisation_id: string;
            organisation: string;
            role_profile_id: string | null;
            role_profile: string | null;
          }[]
        >(
          `select distinct ja.person_id, t.id as team_id, t.name as team, o.id as organisation_id, o.name as organisation,
                  rp.id as role_profile_id, rp.name as role_profile
           from job_assignment ja join organisation o on o.id = ja.organisation_id
           left join team t on t.id = ja.team_id left join role_profile rp on rp.id = ja.role_profile_id
           where ja.person_id = any(?::uuid[]) and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)`,
          [`{${[...new Set(agreements.map((a) => a.supervisee.id))].join(',')}}`, asOf, asOf],
        )
      : [];

    // A partner admin's groups are their organisation's, also for someone who works elsewhere too.
    const confined = confinedTo('supervision.compliance', actor.grants);
    const ownJobs = jobs.filter((j) => !confined || confined.includes(j.organisation_id));
    const within = (s: AgreementStanding) => s.dueState !== DueState.OVERDUE;
    const group = (key: (j: (typeof jobs)[number]) => [string | null, string]): Group[] => {
      const groups = new Map<string, Group & { counted: Set<string> }>();
      for (const agreement of agreements) {
        for (const job of ownJobs.filter((j) => j.person_id === agreement.supervisee.id)) {
          const [id, name] = key(job);
          const g = groups.get(id ?? '') ?? {
            id,
            name,
            agreements: 0,
            withinFrequency: 0,
            share: 0,
            counted: new Set(),
          };
          // A person with two jobs in the same team counts once for it.
          if (g.counted.has(agreement.id)) continue;
          g.counted.add(agreement.id);
          g.agreements += 1;
          if (within(standing.get(agreement.id)!)) g.withinFrequency += 1;
          groups.set(id ?? '', g);
        }
      }
      return [...groups.values()]
        .map(({ counted: _, ...g }) => ({ ...g, share: share(g.withinFrequency, g.agreements) }))
        .sort((a, b) => a.share - b.share || a.name.localeCompare(b.name));
    };

    const rows = agreements.map((agreement) => {
      const actions = actionRows.find((r) => r.agreement_id === agreement.id);
      return {
        agreement,
        supervisee: agreement.supervisee.getEntity(),
        supervisor: agreement.supervisor.getEntity(),
        standing: standing.get(agreement.id)!,
        openActions: actions?.open ?? 0,
        overdueActions: actions?.overdue ?? 0,
      };
    });
    const count = (state: DueState) => rows.filter((r) => r.standing.dueState === state).length;
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
    const withinFrequency = rows.filter((r) => within(r.standing)).length;

    return {
      asOf,
      agreements: rows.length,
      withinFrequency,
      share: share(withinFrequency, rows.length),
      onTrack: count(DueState.ON_TRACK),
      due: count(DueState.DUE),
      overdue: count(DueState.OVERDUE),
      heldSessions: sum((r) => r.standing.held),
      missedSessions: sum((r) => r.standing.missed),
      cancelledSessions: sum((r) => r.standing.cancelled),
      openActions: sum((r) => r.openActions),
      overdueActions: sum((r) => r.overdueActions),
      rows,
      byTeam: group((j) => [j.team_id, j.team ?? 'No team']),
      byOrganisation: group((j) => [j.organisation_id, j.organisation]),
      byRoleProfile: group((j) => [j.role_profile_id, j.role_profile ?? 'No role profile']),
      groupAttendance: await this.attendance(actor, me?.id ?? null, asOf),
    };
  }

  /** Group supervision and reflective practice held in the 12 months to `asOf`, per person in reach. */
  private async attendance(actor: Actor, meId: string | null, asOf: IsoDate) {
    const reached = await this.reach.condition(actor, 'supervision.compliance');
    const rows = await this.em.getConnection().execute<{ person_id: string; sessions: number; minutes: number }[]>(
      `select sa.person_id, count(*)::int as sessions, sum(s.duration_minutes)::int as minutes
       from supervision_session s join supervision_session_attendee sa on sa.supervision_session_id = s.id
       where s.partnership_id = ? and s.kind in ('GROUP', 'REFLECTIVE_PRACTICE') and s.status in ('RECORDED', 'SIGNED_OFF')
         and (s.starts_at at time zone 'UTC')::date between ? and ?
         and (${reached.on('sa.person_id')} or s.facilitator_id = ?)
       group by sa.person_id`,
      [actor.partnershipId, addDays(asOf, -365), asOf, ...reached.params, meId],
    );
    const people = rows.length ? await this.em.find(Person, { id: { $in: rows.map((r) => r.person_id) } }) : [];
    return rows
      .map((r) => ({ person: people.find((p) => p.id === r.person_id)!, sessions: r.sessions, minutes: r.minutes }))
      .sort((a, b) => b.sessions - a.sessions || a.person.familyName.localeCompare(b.person.familyName));
  }
}
