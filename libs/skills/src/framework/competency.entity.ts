import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { CompetencyFramework } from './competency-framework.entity';
import type { ProficiencyScale } from '../scale/proficiency-scale.entity';

/** Domains group competencies; only competencies are required, assessed and mapped. */
export enum CompetencyKind {
  DOMAIN = 'DOMAIN',
  COMPETENCY = 'COMPETENCY',
}

export interface Indicator {
  level: number;
  text: string;
}

export interface CompetencyDetails {
  code: string;
  name: string;
  description: string;
  kind: CompetencyKind;
  validForMonths: number | null;
  indicators: Indicator[];
}

const CODE = /^[A-Z0-9][A-Z0-9.-]{0,39}$/;
const MAX_DEPTH = 4;

/**
 * A node in a framework's tree: a domain, or a competency with what it looks like at each level
 * (behavioural indicators). Evidence of a competency with `validForMonths` lapses, as refresher
 * training does.
 */
@Entity()
@Unique({ properties: ['framework', 'code'] })
@Index({ properties: ['framework', 'parent', 'position'] })
export class Competency extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => CompetencyFramework, ref: true, deleteRule: 'cascade' })
  framework: Ref<CompetencyFramework>;

  @ManyToOne({ entity: () => Competency, ref: true, nullable: true })
  parent: Ref<Competency> | null = null;

  @Enum({ items: () => CompetencyKind, nativeEnumName: 'competency_kind' })
  kind!: CompetencyKind;

  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'smallint', nullable: true })
  validForMonths: number | null = null;

  @Property({ type: 'json' })
  indicators: Indicator[] = [];

  /** Order among siblings, as the framework document lists them. */
  @Property({ type: 'integer' })
  position = 0;

  constructor(framework: CompetencyFramework, scale: ProficiencyScale, details: CompetencyDetails) {
    super(framework.partnership);
    this.framework = ref(framework);
    this.describe(scale, details);
  }

  describe(scale: ProficiencyScale, details: CompetencyDetails): void {
    const code = details.code.trim().toUpperCase();
    if (!CODE.test(code))
      throw new BadInputError(
        `"${details.code}" is not a competency code: use letters, digits, dots and dashes, like FHC.2.1.`,
      );
    if (!details.name.trim()) throw new BadInputError('A competency needs a name.');
    const months = details.validForMonths;
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 240)) {
      throw new BadInputError('Evidence stays valid for between 1 and 240 months, or leave it empty for no expiry.');
    }
    if (details.kind === CompetencyKind.DOMAIN && (details.indicators.length > 0 || months !== null)) {
      throw new BadInputError(`${code} is a domain: domains group competencies and have no indicators or expiry.`);
    }
    const seen = new Set<number>();
    for (const indicator of details.indicators) {
      scale.assertLevel(indicator.level, `The indicator of ${code}`);
      if (seen.has(indicator.level))
        throw new BadInputError(`${code} has two indicators for level ${indicator.level}.`);
      if (!indicator.text.trim()) throw new BadInputError(`${code}'s indicator for level ${indicator.level} is empty.`);
      seen.add(indicator.level);
    }
    this.code = code;
    this.name = details.name.trim();
    this.description = details.description.trim();
    this.kind = details.kind;
    this.validForMonths = months;
    this.indicators = [...details.indicators]
      .map((i) => ({ level: i.level, text: i.text.trim() }))
      .sort((a, b) => a.level - b.level);
  }

  /**
   * Places the node under a parent of the same framework. The parent's chain must already be in
   * memory (the service loads the whole tree), so a cycle is caught before anything is written.
   */
  placeUnder(parent: Competency | null, position: number): void {
    if (parent) {
      if (parent.framework.id !== this.framework.id) {
        throw new BadInputError(`${parent.code} belongs to another framework.`);
      }
      let depth = 1;
      for (let node: Competency | null = parent; node; node = node.parent?.getEntity() ?? null) {
        if (node === this || node.id === this.id) {
          throw new BadInputError(
            `Moving ${this.code} under ${parent.code} would make a cycle: ${parent.code} is inside ${this.code}.`,
          );
        }
        if (++depth > MAX_DEPTH) throw new BadInputError(`A framework tree is at most ${MAX_DEPTH} levels deep.`);
      }
    }
    this.parent = parent ? ref(parent) : null;
    this.position = position;
  }

  get assessable(): boolean {
    return this.kind === CompetencyKind.COMPETENCY;
  }
}
