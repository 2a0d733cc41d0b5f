import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { BadInputError, ForbiddenError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { likePattern, type Person, PersonReach } from '@kindred/org';
import { ContentCipher } from '@kindred/supervision';
import { CpdEntry, CpdEvidence, CpdSource, type EntryDetails } from './cpd-entry.entity';
import { CpdPreferences } from './cpd-preferences.entity';
import { evidenceMediaType, MAX_EVIDENCE_FILES } from './evidence-file';
import type { CpdEntryInput, CpdEntryListArgs, UpdateCpdEntryInput } from './entry.types';

const SORTABLE = ['date', 'title', 'minutes', 'createdAt'] as const;

export const today = (now: Date) => now.toISOString().slice(0, 10);

const details = (input: CpdEntryInput): EntryDetails => ({
  date: input.date,
  title: input.title,
  type: input.type,
  minutes: Math.round(input.hours * 60),
  participatory: input.participatory,
  learned: input.learned ?? null,
  practiceChange: input.practiceChange ?? null,
  competencies: input.competencies ?? [],
  peerReflection: input.peerReflection ?? null,
});

/**
 * A person's own CPD log. Everything here is for the signed-in person only: nobody else reads an
 * entry's text, and another person's entry answers "not found".
 */
@Injectable()
export class EntryService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly cipher: ContentCipher,
  ) {}

  /** The signed-in person, or a refusal that says why there is no log. */
  async me(actor: Actor): Promise<Person> {
    const me = await this.reach.actorPerson(actor);
    if (!me) throw new ForbiddenError('Your sign-in is not linked to a person record, so there is no CPD log to keep.');
    return me;
  }

  async mine(actor: Actor, args: CpdEntryListArgs): Promise<ListPage<CpdEntry>> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return { nodes: [], totalCount: 0 };
    const where: FilterQuery<CpdEntry> = { person: me };
    const f = args.filter;
    if (f?.from || f?.to) where.date = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lte: f.to } : {}) };
    if (f?.types?.length) where.type = { $in: f.types };
    if (f?.q?.trim()) where.title = { $ilike: likePattern(f.q.trim()) };
    const [nodes, totalCount] = await this.em.findAndCount(CpdEntry, where, {
      ...pageOptions(args, SORTABLE, 'date'),
      ...(args.sort ? {} : { orderBy: { date: 'DESC', createdAt: 'DESC' } }),
      populate: ['evidence'],
    });
    return { nodes, totalCount };
  }

  async get(actor: Actor, id: string): Promise<CpdEntry> {
    const me = await this.me(actor);
    const entry = await this.em.findOne(CpdEntry, { id, person: me }, { populate: ['evidence'] });
    if (!entry) throw new NotFoundError('CPD entry', id);
    return entry;
  }

  async create(actor: Actor, input: CpdEntryInput, now = new Date()): Promise<CpdEntry> {
    const me = await this.me(actor);
    const entry = new CpdEntry(
      me,
      details(input),
      today(now),
      { source: CpdSource.MANUAL, sourceId: null },
      this.cipher,
    );
    await this.em.persist(entry).flush();
    return entry;
  }

  /** Entries made automatically are the person's to edit too; their source stays, so none is made twice. */
  async update(actor: Actor, input: UpdateCpdEntryInput, now = new Date()): Promise<CpdEntry> {
    const entry = await this.get(actor, input.id);
    entry.describe(details(input), today(now), this.cipher);
    await this.em.flush();
    return entry;
  }

  /**
   * Only entries the person added are deleted: an automatic one would come back from its source on
   * the next harvest, so it is edited instead.
   */
  async remove(actor: Actor, id: string): Promise<boolean> {
    const entry = await this.get(actor, id);
    if (entry.source !== CpdSource.MANUAL) {
      throw new BadInputError(
        'This entry was made from your training record. Edit it instead, or turn automatic entries off to stop new ones.',
      );
    }
    await this.em.remove(entry).flush();
    return true;
  }

  async attachEvidence(actor: Actor, entryId: string, file: { fileName: string; bytes: Buffer }): Promise<CpdEvidence> {
    const fileName = file.fileName.trim().slice(0, 255);
    const mediaType = evidenceMediaType(fileName, file.bytes);
    return this.em.transactional(async (tx) => {
      const me = await this.me(actor);
      const entry = await tx.findOne(CpdEntry, { id: entryId, person: me });
      if (!entry) throw new NotFoundError('CPD entry', entryId);
      if ((await tx.count(CpdEvidence, { entry })) >= MAX_EVIDENCE_FILES) {
        throw new BadInputError(`An entry holds at most ${MAX_EVIDENCE_FILES} evidence files; remove one first.`);
      }
      const evidence = new CpdEvidence(entry, { fileName, mediaType, content: file.bytes });
      tx.persist(evidence);
      return evidence;
    });
  }

  /** An evidence file with its bytes, for its owner only. */
  async evidenceFile(actor: Actor, id: string): Promise<CpdEvidence> {
    const me = await this.me(actor);
    const evidence = await this.em.findOne(CpdEvidence, { id, entry: { person: me } }, { populate: ['content'] });
    if (!evidence) throw new NotFoundError('Evidence', id);
    return evidence;
  }

  async removeEvidence(actor: Actor, id: string): Promise<CpdEntry> {
    const me = await this.me(actor);
    const evidence = await this.em.findOne(CpdEvidence, { id, entry: { person: me } });
    if (!evidence) throw new NotFoundError('Evidence', id);
    const entryId = evidence.entry.id;
    await this.em.remove(evidence).flush();
    return this.get(actor, entryId);
  }

  async preferences(actor: Actor): Promise<{ autoEntries: boolean }> {
    const me = await this.reach.actorPerson(actor);
    const row = me ? await this.em.findOne(CpdPreferences, { person: me }) : null;
    return { autoEntries: row?.autoEntries ?? true };
  }

  async setAutoEntries(actor: Actor, enabled: boolean): Promise<{ autoEntries: boolean }> {
    const me = await this.me(actor);
    const row = (await this.em.findOne(CpdPreferences, { person: me })) ?? new CpdPreferences(me);
    row.autoEntries = enabled;
    await this.em.persist(row).flush();
    return { autoEntries: row.autoEntries };
  }
}
