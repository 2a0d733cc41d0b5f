import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { BadInputError, NotFoundError } from '@kindred/common';
import { type Person, PersonReach } from '@kindred/org';
import { SupervisionAccess } from '../access/supervision-access';
import { SupervisionAgreement } from '../agreement/supervision-agreement.entity';
import { auditContent } from '../audit/content-audit';
import { ContentCipher } from '../sealing/content-cipher';
import { openJson, sealContext, sealJson } from '../sealing/sealed-json';
import { ReflectiveLogEntry } from './reflective-log-entry.entity';
import type { ReflectiveEntryInput, ShareReflectionInput } from './reflective-log.types';

const RECORD = 'ReflectiveLogEntry';

interface Writing {
  title: string;
  text: string | null;
  gibbs: Record<string, string | null> | null;
}

export interface OpenedEntry extends Writing {
  id: string;
  author: Person;
  occurredOn: string;
  sharedWith: Person | null;
  sharedAt: Date | null;
  createdAt: Date;
}

/** A learner's private reflective log, and the entries they chose to share with a supervisor. */
@Injectable()
export class ReflectiveLogService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SupervisionAccess,
    private readonly reach: PersonReach,
    private readonly cipher: ContentCipher,
  ) {}

  async write(actor: Actor, input: ReflectiveEntryInput): Promise<OpenedEntry> {
    const me = await this.access.me(actor);
    if (!input.title.trim()) throw new BadInputError('A reflection needs a title.');
    const entry = new ReflectiveLogEntry(me, input.occurredOn);
    const writing: Writing = {
      title: input.title.trim(),
      text: input.text?.trim() || null,
      gibbs: input.gibbs ? { ...input.gibbs } : null,
    };
    entry.contentSealed = sealJson(this.cipher, writing, sealContext(RECORD, entry.id, 'content'));
    await this.em.persistAndFlush(entry);
    return this.open(actor, [entry]).then(([opened]) => opened);
  }

  async mine(actor: Actor): Promise<OpenedEntry[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const entries = await this.em.find(
      ReflectiveLogEntry,
      { author: me },
      { populate: ['author', 'sharedWith'], orderBy: { occurredOn: 'DESC', createdAt: 'DESC', id: 'ASC' } },
    );
    return this.open(actor, entries);
  }

  /** Shared only with someone who supervises the author under a current agreement. */
  async share(actor: Actor, input: ShareReflectionInput, now = new Date()): Promise<OpenedEntry> {
    const me = await this.access.me(actor);
    const entry = await this.em.findOne(ReflectiveLogEntry, { id: input.id, author: me }, { populate: ['author'] });
    if (!entry) throw new NotFoundError('Your reflective log entry', input.id);
    const agreement = await this.em.findOne(
      SupervisionAgreement,
      { supervisee: me, supervisor: input.supervisorId, endDate: null },
      { populate: ['supervisor'] },
    );
    if (!agreement) throw new BadInputError('Share a reflection only with someone who supervises you now.');
    entry.shareWith(agreement.supervisor.getEntity(), now);
    await this.em.flush();
    return this.open(actor, [entry]).then(([opened]) => opened);
  }

  /** Entries your supervisees shared with you. */
  async sharedWithMe(actor: Actor): Promise<OpenedEntry[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const entries = await this.em.find(
      ReflectiveLogEntry,
      { sharedWith: me },
      { populate: ['author', 'sharedWith'], orderBy: { sharedAt: 'DESC', id: 'ASC' } },
    );
    return this.open(actor, entries);
  }

  private async open(actor: Actor, entries: ReflectiveLogEntry[]): Promise<OpenedEntry[]> {
    await auditContent(
      this.em,
      actor,
      entries.map((e) => ({
        partnership: e.partnership,
        recordType: RECORD,
        recordId: e.id,
        subjectPersonIds: [e.author.id],
      })),
    );
    return entries.map((entry) => {
      const writing = openJson<Writing>(this.cipher, entry.contentSealed, sealContext(RECORD, entry.id, 'content'));
      return {
        id: entry.id,
        author: entry.author.getEntity(),
        occurredOn: entry.occurredOn,
        title: writing?.title ?? '(erased)',
        text: writing?.text ?? null,
        gibbs: writing?.gibbs ?? null,
        sharedWith: entry.sharedWith?.getEntity() ?? null,
        sharedAt: entry.sharedAt,
        createdAt: entry.createdAt,
      };
    });
  }
}
