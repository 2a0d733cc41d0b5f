import type { EntityManager } from '@mikro-orm/postgresql';
import type { IsoDate } from '@kindred/org';
import { DueState, dueState } from './schedule';
import type { SupervisionAgreement } from './supervision-agreement.entity';

/** Where an agreement stands: sessions held, missed and cancelled, and when the next is due. */
export interface AgreementStanding {
  lastHeldOn: IsoDate | null;
  nextDueOn: IsoDate;
  dueState: DueState;
  held: number;
  missed: number;
  cancelled: number;
}

/** As of `today`: held means recorded or signed off; one query for all the agreements. */
export async function standingOf(
  em: EntityManager,
  agreements: SupervisionAgreement[],
  today: IsoDate,
): Promise<Map<string, AgreementStanding>> {
  const rows = agreements.length
    ? await em
        .getConnection()
        .execute<{ agreement_id: string; last_held: string | null; held: number; missed: number; cancelled: number }[]>(
          `select agreement_id,
                to_char(max(starts_at at time zone 'UTC') filter (where status in ('RECORDED', 'SIGNED_OFF')), 'YYYY-MM-DD') as last_held,
                count(*) filter (where status in ('RECORDED', 'SIGNED_OFF'))::int as held,
                count(*) filter (where status = 'MISSED')::int as missed,
                count(*) filter (where status = 'CANCELLED')::int as cancelled
         from supervision_session where agreement_id = any(?::uuid[]) and (starts_at at time zone 'UTC')::date <= ?
         group by agreement_id`,
          [`{${agreements.map((a) => a.id).join(',')}}`, today],
        )
    : [];
  const byId = new Map(rows.map((r) => [r.agreement_id, r]));
  return new Map(
    agreements.map((agreement) => {
      const row = byId.get(agreement.id);
      const lastHeldOn = row?.last_held ?? null;
      const nextDueOn = agreement.nextDue(lastHeldOn);
      return [
        agreement.id,
        {
          lastHeldOn,
          nextDueOn,
          dueState: dueState(nextDueOn, today),
          held: row?.held ?? 0,
          missed: row?.missed ?? 0,
          cancelled: row?.cancelled ?? 0,
        },
      ];
    }),
  );
}

export const isoToday = (now = new Date()): IsoDate => now.toISOString().slice(0, 10);
