import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { BadInputError, NotFoundError } from '@kindred/common';
import type { IsoDate } from '@kindred/org';
import { ContentCipher } from '@kindred/supervision';
import { CpdEntry, type CpdSource, type CpdType, type EntryWriting } from '../entry/cpd-entry.entity';
import { EntryService, today } from '../entry/entry.service';
import { CpdStanding } from '../progress/standing';
import { ProfessionalRegistration } from '../registration/professional-registration.entity';
import {
  type OpenedAccount,
  type OpenedFeedback,
  type OpenedSignOff,
  PracticeFeedback,
  ReflectiveAccount,
  RevalidationSignOff,
} from '../revalidation/revalidation-records.entity';
import { addDays, addYears, type Progress, Regulator } from '../rules';

/** An entry as a portfolio prints it, its text opened and its evidence by file name. */
export interface PortfolioEntry extends EntryWriting {
  date: IsoDate;
  title: string;
  type: CpdType;
  minutes: number;
  participatory: boolean;
  competencies: string[];
  evidence: string[];
  source: CpdSource;
}

/** Everything a portfolio prints: the person's own words, so only they download it. */
export interface PortfolioContent {
  name: string;
  from: IsoDate;
  to: IsoDate;
  regulator: Regulator;
  registration: ProfessionalRegistration | null;
  entries: PortfolioEntry[];
  progress: Progress[];
  feedback: OpenedFeedback[];
  accounts: OpenedAccount[];
  signOffs: OpenedSignOff[];
}

/** Reads a person's portfolio over a period, or the NMC revalidation window. */
@Injectable()
export class Portfolio {
  constructor(
    private readonly em: EntityManager,
    private readonly entries: EntryService,
    private readonly standing: CpdStanding,
    private readonly cipher: ContentCipher,
  ) {}

  async over(
    actor: Actor,
    period: { from?: IsoDate; to?: IsoDate; regulator?: Regulator },
    now = new Date(),
  ): Promise<PortfolioContent> {
    const to = period.to ?? today(now);
    const from = period.from ?? addDays(addYears(to, -3), 1);
    if (from > to) throw new BadInputError(`The period starts (${from}) after it ends (${to}).`);
    return this.read(actor, from, to, period.regulator ?? null, now);
  }

  /** The NMC pack covers the three years up to the revalidation date on the person's registration. */
  async nmcPack(actor: Actor, now = new Date()): Promise<PortfolioContent> {
    const me = await this.entries.me(actor);
    const nmc = await this.em.findOne(ProfessionalRegistration, { person: me, regulator: Regulator.NMC });
    if (!nmc?.renewalOn) throw new NotFoundError('NMC registration', me.id);
    return this.read(actor, addDays(addYears(nmc.renewalOn, -3), 1), nmc.renewalOn, Regulator.NMC, now);
  }

  private async read(
    actor: Actor,
    from: IsoDate,
    to: IsoDate,
    regulator: Regulator | null,
    now: Date,
  ): Promise<PortfolioContent> {
    const me = await this.entries.me(actor);
    const inPeriod = { person: me };
    const [registrations, entries, feedback, accounts, signOffs, standing] = await Promise.all([
      this.em.find(ProfessionalRegistration, inPeriod),
      this.em.find(
        CpdEntry,
        { ...inPeriod, date: { $gte: from, $lte: to } },
        { orderBy: { date: 'ASC', createdAt: 'ASC' }, populate: ['evidence'] },
      ),
      this.em.find(
        PracticeFeedback,
        { ...inPeriod, receivedOn: { $gte: from, $lte: to } },
        { orderBy: { receivedOn: 'ASC' } },
      ),
      this.em.find(
        ReflectiveAccount,
        { ...inPeriod, writtenOn: { $gte: from, $lte: to } },
        { orderBy: { writtenOn: 'ASC' } },
      ),
      this.em.find(RevalidationSignOff, { ...inPeriod, on: { $gte: from, $lte: to } }, { orderBy: { on: 'ASC' } }),
      this.standing.of(actor.partnershipId, [me.id], today(now)),
    ]);
    const chosen = regulator ?? registrations.find((r) => r.regulator !== Regulator.NONE)?.regulator ?? Regulator.NONE;
    return {
      name: me.fullName,
      from,
      to,
      regulator: chosen,
      registration: registrations.find((r) => r.regulator === chosen) ?? null,
      entries: entries.map((e) => ({
        date: e.date,
        title: e.title,
        type: e.type,
        minutes: e.minutes,
        participatory: e.participatory,
        ...e.writing(this.cipher),
        competencies: e.competencies,
        evidence: e.evidence.getItems().map((f) => f.fileName),
        source: e.source,
      })),
      progress: standing.get(me.id)!.filter((p) => p.regulator === chosen),
      feedback: feedback.map((f) => f.opened(this.cipher)),
      accounts: accounts.map((a) => a.opened(this.cipher)),
      signOffs: signOffs.map((s) => s.opened(this.cipher)),
    };
  }
}
