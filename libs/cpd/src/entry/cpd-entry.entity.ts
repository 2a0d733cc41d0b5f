import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
  ref,
  Unique,
} from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import type { ContentCipher, Sealed } from '@kindred/supervision';
import { openJson, openText, sealJson, sealText } from '../sealing/cpd-text';

export enum CpdType {
  COURSE = 'COURSE',
  E_LEARNING = 'E_LEARNING',
  READING = 'READING',
  SHADOWING = 'SHADOWING',
  SUPERVISION = 'SUPERVISION',
  REFLECTIVE_PRACTICE_GROUP = 'REFLECTIVE_PRACTICE_GROUP',
  CONFERENCE = 'CONFERENCE',
  PEER_LEARNING = 'PEER_LEARNING',
  OTHER = 'OTHER',
}

/**
 * Where an entry came from. Entries made from a fact elsewhere carry its id (a training record, a
 * signed-off supervision session, a reflective practice group), and a person has at most one entry
 * per fact.
 */
export enum CpdSource {
  MANUAL = 'MANUAL',
  TRAINING = 'TRAINING',
  SUPERVISION = 'SUPERVISION',
  REFLECTIVE_PRACTICE = 'REFLECTIVE_PRACTICE',
}

/** Social Work England's peer reflection: who the social worker reflected with, when, and on what. */
export interface PeerReflection {
  withWhom: string;
  on: IsoDate;
  summary: string;
}

export interface EntryDetails {
  date: IsoDate;
  title: string;
  type: CpdType;
  minutes: number;
  participatory: boolean;
  learned: string | null;
  practiceChange: string | null;
  competencies: string[];
  peerReflection: PeerReflection | null;
}

/** What the person wrote about an entry: sealed at rest, opened only for them. */
export type EntryWriting = Pick<EntryDetails, 'learned' | 'practiceChange' | 'peerReflection'>;

const RECORD = 'CpdEntry';

/** No single activity is credibly longer than a full-time month. */
export const MAX_ENTRY_MINUTES = 150 * 60;

/**
 * One piece of CPD in a person's log. Its reflective text (learning, change to practice, peer
 * reflection) is the person's own and sealed at rest: managers and leads see only the figures
 * computed from it (whether it is written, never what).
 */
@Entity()
@Index({ properties: ['person', 'date'] })
@Unique({ properties: ['person', 'source', 'sourceId'] })
export class CpdEntry extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'date' })
  date!: IsoDate;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Enum({ items: () => CpdType, nativeEnumName: 'cpd_type' })
  type!: CpdType;

  @Property({ type: 'integer' })
  minutes!: number;

  @Property({ type: 'boolean' })
  participatory!: boolean;

  @Property({ type: 'text', nullable: true })
  learnedSealed: Sealed | null = null;

  @Property({ type: 'text', nullable: true })
  practiceChangeSealed: Sealed | null = null;

  @Property({ type: 'json' })
  competencies: string[] = [];

  /** Who, when and the summary, as one sealed JSON document. */
  @Property({ type: 'text', nullable: true })
  peerReflectionSealed: Sealed | null = null;

  @Enum({ items: () => CpdSource, nativeEnumName: 'cpd_source' })
  source: CpdSource;

  /** The training record or supervision session this entry was made from. */
  @Property({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @OneToMany({ entity: () => CpdEvidence, mappedBy: 'entry' })
  evidence = new Collection<CpdEvidence>(this);

  constructor(
    person: Person,
    details: EntryDetails,
    today: IsoDate,
    from: { source: CpdSource; sourceId: string | null },
    cipher: ContentCipher,
  ) {
    super(person.partnership);
    this.person = ref(person);
    this.source = from.source;
    this.sourceId = from.sourceId;
    this.describe(details, today, cipher);
  }

  describe(details: EntryDetails, today: IsoDate, cipher: ContentCipher): void {
    const date = assertIsoDate(details.date, 'The date');
    if (date > today) throw new BadInputError(`Record CPD once it is done: ${date} is after today (${today}).`);
    if (!details.title.trim()) throw new BadInputError('Give the CPD a title.');
    if (!Number.isInteger(details.minutes) || details.minutes <= 0) {
      throw new BadInputError('CPD time must be more than zero.');
    }
    if (details.minutes > MAX_ENTRY_MINUTES) {
      throw new BadInputError(
        `One entry holds at most ${MAX_ENTRY_MINUTES / 60} hours; split longer CPD into several entries.`,
      );
    }
    const reflection = details.peerReflection;
    if (reflection) {
      assertIsoDate(reflection.on, 'The peer reflection date');
      if (reflection.on > today)
        throw new BadInputError('The peer reflection has to have happened: its date is after today.');
      if (!reflection.withWhom.trim() || !reflection.summary.trim()) {
        throw new BadInputError('A peer reflection needs who it was with and a summary.');
      }
    }
    this.date = date;
    this.title = details.title.trim();
    this.type = details.type;
    this.minutes = details.minutes;
    this.participatory = details.participatory;
    this.learnedSealed = sealText(cipher, [RECORD, this.id, 'learned'], details.learned?.trim() || null);
    this.practiceChangeSealed = sealText(
      cipher,
      [RECORD, this.id, 'practiceChange'],
      details.practiceChange?.trim() || null,
    );
    this.competencies = [...new Set(details.competencies.map((c) => c.trim()).filter(Boolean))];
    this.peerReflectionSealed = reflection
      ? sealJson(cipher, [RECORD, this.id, 'peerReflection'], {
          withWhom: reflection.withWhom.trim(),
          on: reflection.on,
          summary: reflection.summary.trim(),
        })
      : null;
  }

  /** The reflective text, opened: for the person themselves only. */
  writing(cipher: ContentCipher): EntryWriting {
    return {
      learned: openText(cipher, [RECORD, this.id, 'learned'], this.learnedSealed),
      practiceChange: openText(cipher, [RECORD, this.id, 'practiceChange'], this.practiceChangeSealed),
      peerReflection: this.peerReflectionSealed
        ? openJson<PeerReflection>(cipher, [RECORD, this.id, 'peerReflection'], this.peerReflectionSealed)
        : null,
    };
  }
}

/**
 * A file that evidences an entry (a certificate, notes, a photo of a reflective log). Kept in
 * PostgreSQL, as uploaded people files are, with a size cap (decision 0040); loaded only to download.
 */
@Entity()
export class CpdEvidence extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => CpdEntry, ref: true, deleteRule: 'cascade', index: true })
  entry: Ref<CpdEntry>;

  @Property({ type: 'string', length: 255 })
  fileName: string;

  @Property({ type: 'string', length: 100 })
  mediaType: string;

  @Property({ type: 'integer' })
  size: number;

  @Property({ type: 'blob', lazy: true })
  content: Buffer;

  constructor(entry: CpdEntry, file: { fileName: string; mediaType: string; content: Buffer }) {
    super(entry.partnership);
    this.entry = ref(entry);
    this.fileName = file.fileName;
    this.mediaType = file.mediaType;
    this.size = file.content.length;
    this.content = file.content;
  }
}
