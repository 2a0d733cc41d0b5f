import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';

function pastDay(value: IsoDate, today: IsoDate, what: string): IsoDate {
  const day = assertIsoDate(value, what);
  if (day > today) throw new BadInputError(`${what} is after today (${today}); record it once it has happened.`);
  return day;
}

function text(value: string, what: string): string {
  if (!value.trim()) throw new BadInputError(`Write ${what}.`);
  return value.trim();
}

/** Practice-related feedback (NMC: 5 pieces per revalidation), from anyone, with what came of it. */
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

  @Property({ type: 'text' })
  summary: string;

  @Property({ type: 'text', nullable: true })
  howUsed: string | null;

  constructor(
    person: Person,
    details: { receivedOn: IsoDate; source: string; summary: string; howUsed: string | null },
    today: IsoDate,
  ) {
    super(person.partnership);
    this.person = ref(person);
    this.receivedOn = pastDay(details.receivedOn, today, 'The date of the feedback');
    this.source = text(details.source, 'who the feedback came from');
    this.summary = text(details.summary, 'what the feedback said');
    this.howUsed = details.howUsed?.trim() || null;
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

/** A written reflective account on the NMC's form (NMC: 5 per revalidation). */
@Entity()
@Index({ properties: ['person', 'writtenOn'] })
export class ReflectiveAccount extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'date' })
  writtenOn: IsoDate;

  @Property({ type: 'text' })
  nature: string;

  @Property({ type: 'text' })
  learned: string;

  @Property({ type: 'text' })
  practiceChange: string;

  @Property({ type: 'json' })
  codeThemes: CodeTheme[];

  @Property({ type: 'text' })
  codeRelevance: string;

  constructor(person: Person, details: ReflectiveAccountDetails, today: IsoDate) {
    super(person.partnership);
    this.person = ref(person);
    this.writtenOn = pastDay(details.writtenOn, today, 'The date of the account');
    this.nature = text(details.nature, 'the nature of the CPD activity or feedback');
    this.learned = text(details.learned, 'what you learned');
    this.practiceChange = text(details.practiceChange, 'how you changed or improved your practice');
    if (details.codeThemes.length === 0) throw new BadInputError('Choose at least one theme of the Code.');
    this.codeThemes = [...new Set(details.codeThemes)];
    this.codeRelevance = text(details.codeRelevance, 'how this is relevant to the Code');
  }
}

export enum SignOffKind {
  /** The reflective discussion with another NMC registrant about the five accounts. */
  REFLECTIVE_DISCUSSION = 'REFLECTIVE_DISCUSSION',
  /** The confirmer's statement that the requirements are met (ideally the line manager). */
  CONFIRMATION = 'CONFIRMATION',
}

const PIN = /^\d{2}[A-Z]\d{4}[A-Z]$/;

/** An NMC reflective discussion or confirmation: who with, their PIN where they have one, when. */
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
  notes: string | null;

  constructor(
    person: Person,
    details: { kind: SignOffKind; on: IsoDate; partnerName: string; partnerPin: string | null; notes: string | null },
    today: IsoDate,
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
    this.notes = details.notes?.trim() || null;
  }
}
