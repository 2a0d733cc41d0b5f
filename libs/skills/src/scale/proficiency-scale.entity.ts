import { Entity, Property, type Ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export interface ScaleLevel {
  /** 1 for the first level; levels are ordered and numbered from it. */
  rank: number;
  name: string;
  description: string;
}

export interface ScaleDetails {
  name: string;
  description: string;
  cumulative: boolean;
  levels: { name: string; description: string }[];
}

/** The level masks held in SQL are smallints: ten levels is more than any framework in use. */
export const MAX_LEVELS = 10;

/**
 * Ordered proficiency levels. On a cumulative scale (the NES trauma-informed levels, the
 * intercollegiate safeguarding levels) holding a level implies holding every level below it; on a
 * non-cumulative one each level needs its own evidence.
 */
@Entity()
@Unique({ properties: ['partnership', 'name'] })
export class ProficiencyScale extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'boolean' })
  cumulative!: boolean;

  @Property({ type: 'json' })
  levels!: ScaleLevel[];

  constructor(partnership: Ref<Partnership>, details: ScaleDetails) {
    super(partnership);
    this.define(details);
  }

  define(details: ScaleDetails): void {
    if (!details.name.trim()) throw new BadInputError('A proficiency scale needs a name.');
    if (details.levels.length < 2 || details.levels.length > MAX_LEVELS) {
      throw new BadInputError(`A proficiency scale has between 2 and ${MAX_LEVELS} levels.`);
    }
    const names = details.levels.map((level) => level.name.trim());
    if (names.some((name) => !name)) throw new BadInputError('Every level on the scale needs a name.');
    const repeated = names.find((name, i) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) !== i);
    if (repeated) throw new BadInputError(`The scale names the level "${repeated}" twice.`);
    this.name = details.name.trim();
    this.description = details.description.trim();
    this.cumulative = details.cumulative;
    this.levels = details.levels.map((level, i) => ({
      rank: i + 1,
      name: level.name.trim(),
      description: level.description.trim(),
    }));
  }

  hasLevel(rank: number): boolean {
    return Number.isInteger(rank) && rank >= 1 && rank <= this.levels.length;
  }

  levelName(rank: number): string {
    return this.levels[rank - 1]?.name ?? `level ${rank}`;
  }

  /** Refuses a level the scale lacks, naming the levels it has. */
  assertLevel(rank: number, what: string): void {
    if (!this.hasLevel(rank)) {
      const has = this.levels.map((l) => `${l.rank} ${l.name}`).join(', ');
      throw new BadInputError(`${what}: level ${rank} is not on the scale "${this.name}" (${has}).`);
    }
  }
}
