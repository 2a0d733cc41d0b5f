import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import type { ContentCipher, Sealed } from '@kindred/supervision';
import { openJson, openText, sealJson, sealText } from '../sealing/cpd-text';

function pastDay(value: IsoDate, today: IsoDate, what: string): IsoDate {
  const day = assertIsoDate(value, what);
  if (day > today) throw new BadInputError(`${what} is after today (${today}); record it once it has happened.`);
  return day;
}

function text(value: string, what: string): string {
  if (!value.trim()) throw new BadInputError(`Write ${what}.`);
  return value.trim();
}

export interface FeedbackText {
  summary: string;
  howUsed: string | null;
}

export interface OpenedFeedback extends FeedbackText {
  id: string;
  receivedOn: IsoDate;
  source: string;
}

/**
 * Practice-related feedback (NMC: 5 pieces per revalidation), from anyone, with what came of it. What
 * it said and how it was used are sealed together; who it came from, in a few words, is not.
 */
@Entity()
@Index({ properties: ['person', 'receivedOn'] })
export class PracticeFeedback extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'date' })
  receivedOn: IsoDate;

  /** Who it came from, in words: a family, a colleague, an audit, a complaint. */
  @Property({ type: 'string', length: 200 })
  source: string;

  /** The summary and how it was used, as one sealed JSON document. */
  @Property({ type: 'text' })
  contentSealed: Sealed;

  constructor(
    person: Person,
    details: { receivedOn: IsoDate; source: string; summary: string; howUsed: string | null },
    today: IsoDate,
    cipher: ContentCipher,
  ) {
    super(person.partnership);
    this.person = ref(person);
    this.receivedOn = pastDay(details.receivedOn, today, 'The date of the feedback');
    this.source = text(details.source, 'who the feedback came from');
    const content: FeedbackText = {
      summary: text(details.summary, 'what the feedback said'),
      howUsed: details.howUsed?.trim() || null,
    };
    this.contentSealed = sealJson(cipher, ['PracticeFeedback', this.id, 'content'], content);
  }

  /** The feedback with its text opened: for the person themselves only. */
  opened(cipher: ContentCipher): OpenedFeedback {
    const content = openJson<FeedbackText>(cipher, ['PracticeFeedback', this.id, 'content'], this.contentSealed);
    return { id: this.id, receivedOn: this.receivedOn, source: this.source, ...content };
  }
}

/** The four themes of The Code that an NMC reflective account relates to. */
export enum CodeTheme {
  PRIORITISE_PEOPLE = 'PRIORITISE_PEOPLE',
  PRACTISE_EFFECTIVELY = 'PRACTISE_EFFECTIVELY',
  PRESERVE_SAFETY = 'PRESERVE_SAFETY',
  PROMOTE_PROFESSIONALISM_AND_TRUST = 'PROMOTE_PROFESSIONALISM_AND_TRUST',
}

export interface ReflectiveAccountDetails {
  writtenOn: IsoDate;
  /** What was the nature of the CPD activity or feedback? */
  nature: string;
  /** What did you learn from it? */
  learned: string;
  /** How did you change or improve your practice as a result? */
  practiceChange: string;
  /** How is this relevant to the Code? */
  codeThemes: CodeTheme[];
  codeRelevance: string;
}

type AccountText = Pick<ReflectiveAccountDetails, 'nature' | 'learned' | 'practiceChange' | 'codeRelevance'>;

export interface OpenedAccount extends ReflectiveAccountDetails {
  id: string;
}

/**
 * A written reflective account on the NMC's form (NMC: 5 per revalidation). Its four answers are
 * sealed together; the themes of the Code it relates to are not.
 */
@Entity()
@Index({ properties: ['person', 'writtenOn'] })
export class ReflectiveAccount extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'date' })
  writtenOn: IsoDate;

  /** The nature, learning, change to practice and relevance to the Code, as one sealed JSON document. */
  @Property({ type: 'text' })
  contentSealed: Sealed;

  @Property({ type: 'json' })
  codeThemes: CodeTheme[];

  constructor(person: Person, details: ReflectiveAccountDetails, today: IsoDate, cipher: ContentCipher) {
    super(person.partnership);
    this.person = ref(person);
    this.writtenOn = pastDay(details.writtenOn, today, 'The date of the account');
    const content: AccountText = {
      nature: text(details.nature, 'the nature of the CPD activity or feedback'),
      learned: text(details.learned, 'what you learned'),
      practiceChange: text(details.practiceChange, 'how you changed or improved your practice'),
      codeRelevance: text(details.codeRelevance, 'how this is relevant to the Code'),
    };
    if (details.codeThemes.length === 0) throw new BadInputError('Choose at least one theme of the Code.');
    this.codeThemes = [...new Set(details.codeThemes)];
    this.contentSealed = sealJson(cipher, ['ReflectiveAccount', this.id, 'content'], content);
  }

  /** The account with its answers opened: for the person themselves only. */
  opened(cipher: ContentCipher): OpenedAccount {
    const content = openJson<AccountText>(cipher, ['ReflectiveAccount', this.id, 'content'], this.contentSealed);
    return { id: this.id, writtenOn: this.writtenOn, codeThemes: this.codeThemes, ...content };
  }
}

export enum SignOffKind {
  /** The reflective discussion with another NMC registrant about the five accounts. */
  REFLECTIVE_DISCUSSION = 'REFLECTIVE_DISCUSSION',
  /** The confirmer's statement that the requirements are met (ideally the line manager). */
  CONFIRMATION = 'CONFIRMATION',
}

const PIN = /^\d{2}[A-Z]\d{4}[A-Z]$/;

export interface OpenedSignOff {
  id: string;
  kind: SignOffKind;
  on: IsoDate;
  partnerName: string;
  partnerPin: string | null;
  notes: string | null;
}

/**
 * An NMC reflective discussion or confirmation: who with, their PIN where they have one, when, and
 * the person's notes of it, sealed.
 */
@Entity()
@Index({ properties: ['person', 'on'] })
export class RevalidationSignOff extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Enum({ items: () => SignOffKind, nativeEnumName: 'sign_off_kind' })
  kind: SignOffKind;

  @Property({ type: 'date' })
  on: IsoDate;

  @Property({ type: 'string', length: 200 })
  partnerName: string;

  /** The other registrant's NMC PIN: required for a reflective discussion, optional for a confirmer. */
  @Property({ type: 'string', length: 8, nullable: true })
  partnerPin: string | null;

  @Property({ type: 'text', nullable: true })
  notesSealed: Sealed | null;

  constructor(
    person: Person,
    details: { kind: SignOffKind; on: IsoDate; partnerName: string; partnerPin: string | null; notes: string | null },
    today: IsoDate,
    cipher: ContentCipher,
  ) {
    super(person.partnership);
    this.person = ref(person);
    this.kind = details.kind;
    this.on = pastDay(details.on, today, 'The date');
    this.partnerName = text(details.partnerName, 'the name of the person you met');
    const pin = details.partnerPin?.replace(/\s+/g, '').toUpperCase() || null;
    if (pin && !PIN.test(pin)) throw new BadInputError('An NMC PIN looks like 12A3456E.');
    if (details.kind === SignOffKind.REFLECTIVE_DISCUSSION && !pin) {
      throw new BadInputError('A reflective discussion is with another NMC registrant: give their NMC PIN.');
    }
    this.partnerPin = pin;
    this.notesSealed = sealText(cipher, ['RevalidationSignOff', this.id, 'notes'], details.notes?.trim() || null);
  }

  /** The sign-off with its notes opened: for the person themselves only. */
  opened(cipher: ContentCipher): OpenedSignOff {
    const { id, kind, on, partnerName, partnerPin } = this;
    const notes = openText(cipher, ['RevalidationSignOff', id, 'notes'], this.notesSealed);
    return { id, kind, on, partnerName, partnerPin, notes };
  }
}
