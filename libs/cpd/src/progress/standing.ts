import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PartnershipSettingsService } from '@kindred/org';
import {
  ComplianceStatus,
  type CpdFacts,
  type Day,
  healthAndCareProfessionsCouncil,
  nursingAndMidwiferyCouncil,
  partnershipTarget,
  type Progress,
  Regulator,
  socialWorkEngland,
} from '../rules';

const SEVERITY: Record<ComplianceStatus, number> = {
  [ComplianceStatus.ON_TRACK]: 0,
  [ComplianceStatus.AT_RISK]: 1,
  [ComplianceStatus.MISSING]: 2,
};

/** The worst status among a person's engines: one regulator missing makes the person missing. */
export const worstStatus = (progress: Progress[]): ComplianceStatus =>
  progress.reduce(
    (worst, p) => (SEVERITY[p.status] > SEVERITY[worst] ? p.status : worst),
    ComplianceStatus.ON_TRACK as ComplianceStatus,
  );

const emptyFacts = (): CpdFacts => ({
  entries: [],
  feedback: [],
  reflectiveAccounts: [],
  discussions: [],
  confirmations: [],
});
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * Where people stand against their rules: reads the facts of many people in a handful of queries
 * and runs each person's engines, one per registration, or the partnership's target when no
 * regulator covers them.
 */
@Injectable()
export class CpdStanding {
  constructor(
    private readonly em: EntityManager,
    private readonly partnerships: PartnershipSettingsService,
  ) {}

  async of(partnershipId: string, personIds: string[], today: Day): Promise<Map<string, Progress[]>> {
    const standing = new Map<string, Progress[]>();
    if (personIds.length === 0) return standing;
    const { policies } = await this.partnerships.configOf(partnershipId);
    const ids = `{${personIds.join(',')}}`;
    const run = <T>(sql: string) => this.em.getConnection().execute<T[]>(sql, [ids]);
    const [entries, feedback, accounts, signOffs, registrations, volunteers] = await Promise.all([
      run<{
        person_id: string;
        date: Day;
        minutes: number;
        participatory: boolean;
        type: string;
        peer: boolean;
        reflected: boolean;
      }>(
        `select person_id, ${day('date')} as date, minutes, participatory, type,
           peer_reflection_sealed is not null as peer,
           (learned_sealed is not null and practice_change_sealed is not null) as reflected
         from cpd_entry where person_id = any(?::uuid[])`,
      ),
      run<{ person_id: string; on: Day }>(
        `select person_id, ${day('received_on')} as on from practice_feedback where person_id = any(?::uuid[])`,
      ),
      run<{ person_id: string; on: Day }>(
        `select person_id, ${day('written_on')} as on from reflective_account where person_id = any(?::uuid[])`,
      ),
      run<{ person_id: string; on: Day; kind: string; pin: string | null }>(
        `select person_id, ${day('"on"')} as on, kind, partner_pin as pin from revalidation_sign_off where person_id = any(?::uuid[])`,
      ),
      run<{ person_id: string; regulator: Regulator; renewal_on: Day | null }>(
        `select person_id, regulator, ${day('renewal_on')} as renewal_on from professional_registration
         where person_id = any(?::uuid[]) and regulator <> 'NONE' order by regulator`,
      ),
      // Volunteers are people whose every current job is a volunteering one.
      run<{ person_id: string }>(
        `select person_id from job_assignment
         where person_id = any(?::uuid[]) and start_date <= current_date and (end_date is null or end_date >= current_date)
         group by person_id having bool_and(employment_type = 'VOLUNTEER')`,
      ),
    ]);
    const facts = new Map(personIds.map((id) => [id, emptyFacts()]));
    for (const e of entries) {
      facts.get(e.person_id)!.entries.push({
        date: e.date,
        minutes: e.minutes,
        participatory: e.participatory,
        type: e.type,
        hasPeerReflection: e.peer,
        hasReflection: e.reflected,
      });
    }
    feedback.forEach((f) => facts.get(f.person_id)!.feedback.push(f.on));
    accounts.forEach((a) => facts.get(a.person_id)!.reflectiveAccounts.push(a.on));
    for (const s of signOffs) {
      const of = facts.get(s.person_id)!;
      if (s.kind === 'CONFIRMATION') of.confirmations.push(s.on);
      else if (s.pin) of.discussions.push(s.on);
    }
    const volunteering = new Set(volunteers.map((v) => v.person_id));
    for (const id of personIds) {
      const mine = registrations.filter((r) => r.person_id === id);
      const f = facts.get(id)!;
      standing.set(
        id,
        mine.length === 0
          ? [
              partnershipTarget(
                f,
                today,
                volunteering.has(id) ? policies.cpdHoursPerYearVolunteers : policies.cpdHoursPerYearStaff,
              ),
            ]
          : mine.map((r) => {
              if (r.regulator === Regulator.SWE) return socialWorkEngland(f, today);
              if (r.regulator === Regulator.NMC) return nursingAndMidwiferyCouncil(f, today, r.renewal_on!);
              return healthAndCareProfessionsCouncil(f, today, r.renewal_on!);
            }),
      );
    }
    return standing;
  }
}
