import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { type DigestEntry, type DigestItem, digestEntries, WeeklyDigestSection } from '@kindred/notify';
import { currentLineManagers, type Person } from '@kindred/org';
import { isoToday, standingOf } from '../agreement/agreement-standing';
import { DueState } from '../agreement/schedule';
import { SupervisionAgreement } from '../agreement/supervision-agreement.entity';

/** What supervision puts in managers' weekly digests: dates and names only, as in every email. */
@Injectable()
export class SupervisionDigest {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  /** Agreements overdue for supervision, to the supervisee's line managers. */
  @WeeklyDigestSection(30)
  async reportsOverdue(tx: EntityManager, now: Date): Promise<DigestEntry[]> {
    const today = isoToday(now);
    const agreements = await tx.find(
      SupervisionAgreement,
      { startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gte: today } }] },
      { populate: ['supervisee', 'supervisor'], filters: false },
    );
    const standing = await standingOf(tx, agreements, today);
    // Longest overdue first, then by name.
    const overdue = agreements
      .filter((a) => standing.get(a.id)!.dueState === DueState.OVERDUE)
      .sort(
        (a, b) =>
          standing.get(a.id)!.nextDueOn.localeCompare(standing.get(b.id)!.nextDueOn) ||
          a.supervisee.getEntity().fullName.localeCompare(b.supervisee.getEntity().fullName),
      );
    const managers = await currentLineManagers(tx, [...new Set(overdue.map((a) => a.supervisee.id))], today);
    return digestEntries(
      overdue.flatMap((agreement) => {
        const item = {
          who: agreement.supervisee.getEntity().fullName,
          what: `supervision with ${agreement.supervisor.getEntity().fullName} was due`,
          on: standing.get(agreement.id)!.nextDueOn,
        };
        return (managers.get(agreement.supervisee.id) ?? []).map((m) => [m, item] as [Person, DigestItem]);
      }),
      "Your reports' supervision overdue",
      `${this.config.http.publicUrl}/supervision-compliance`,
    );
  }
}
