import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import type { IsoDate, Person } from '@kindred/org';
import { Competency } from '../framework/competency.entity';
import { type CurrentLevel, EvidenceSource, levelMask } from './evidence';

/**
 * A person's current level in a competency: the result of the framework's level rule over their
 * evidence, stored so gap analysis is one SQL aggregate over 20,000 people rather than a replay
 * of every assessment. Rewritten whenever evidence arrives or lapses.
 */
@Entity()
@Unique({ properties: ['person', 'competency'] })
@Index({ properties: ['reviewOn'] })
export class SkillHolding extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @ManyToOne({ entity: () => Competency, ref: true, deleteRule: 'cascade', index: true })
  competency: Ref<Competency>;

  @Property({ type: 'smallint' })
  level!: number;

  /** The levels held, bit 0 for level 1: a requirement at level n is met when bit n-1 is set. */
  @Property({ type: 'smallint' })
  heldMask!: number;

  @Enum({ items: () => EvidenceSource, nativeEnumName: 'evidence_source' })
  source!: EvidenceSource;

  @Property({ type: 'date' })
  since!: IsoDate;

  /** When the evidence behind the level starts to lapse; the daily lapse job looks here. */
  @Property({ type: 'date', nullable: true })
  reviewOn: IsoDate | null = null;

  constructor(person: Person, competency: Competency, current: CurrentLevel) {
    super(person.partnership);
    this.person = ref(person);
    this.competency = ref(competency);
    this.set(current);
  }

  set(current: CurrentLevel): void {
    this.level = current.level;
    this.heldMask = levelMask(current.held);
    this.source = current.source;
    this.since = current.since;
    this.reviewOn = current.reviewOn;
  }

  holds(level: number): boolean {
    return (this.heldMask & (1 << (level - 1))) !== 0;
  }
}
