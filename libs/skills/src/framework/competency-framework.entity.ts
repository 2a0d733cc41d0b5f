import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate } from '@kindred/org';
import { ProficiencyScale } from '../scale/proficiency-scale.entity';

/** How a person's current level follows from their evidence. */
export enum LevelRule {
  /** The highest level any current validated evidence shows. */
  HIGHEST_VALIDATED = 'HIGHEST_VALIDATED',
  /** The level of the most recent validated evidence, so a refresher or a manager can lower it. */
  LATEST_VALIDATED = 'LATEST_VALIDATED',
}

export interface FrameworkDetails {
  code: string;
  name: string;
  version: string;
  description: string;
  source: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  levelRule: LevelRule;
  selfAssessmentCounts: boolean;
}

const CODE = /^[a-z0-9][a-z0-9-]{1,59}$/;

/**
 * A versioned competency framework. Frameworks are replaced (the DfE Knowledge and Skills
 * Statements give way to new standards), so each version keeps its own dates and competencies.
 */
@Entity()
@Unique({ properties: ['partnership', 'code', 'version'] })
export class CompetencyFramework extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 60 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 40 })
  version!: string;

  @Property({ type: 'text' })
  description!: string;

  /** The documents the framework is drawn from, cited for whoever reviews it. */
  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'date' })
  effectiveFrom!: IsoDate;

  @Property({ type: 'date', nullable: true })
  effectiveTo: IsoDate | null = null;

  @ManyToOne({ entity: () => ProficiencyScale, ref: true })
  scale: Ref<ProficiencyScale>;

  @Enum({ items: () => LevelRule, nativeEnumName: 'level_rule' })
  levelRule!: LevelRule;

  /** Whether a self-assessment alone sets a level, or only once a manager has validated it. */
  @Property({ type: 'boolean' })
  selfAssessmentCounts!: boolean;

  constructor(partnership: Ref<Partnership>, scale: ProficiencyScale, details: FrameworkDetails) {
    super(partnership);
    this.scale = ref(scale);
    this.update(details);
  }

  update(details: FrameworkDetails): void {
    if (!CODE.test(details.code)) {
      throw new BadInputError(
        'A framework code is lower-case letters, digits and dashes, like "safeguarding-children".',
      );
    }
    if (!details.name.trim()) throw new BadInputError('A framework needs a name.');
    if (!details.version.trim()) throw new BadInputError('A framework needs a version.');
    const from = assertIsoDate(details.effectiveFrom, 'Effective from');
    const to = details.effectiveTo ? assertIsoDate(details.effectiveTo, 'Effective to') : null;
    if (to && to <= from) throw new BadInputError(`The framework ends (${to}) before it takes effect (${from}).`);
    this.code = details.code;
    this.name = details.name.trim();
    this.version = details.version.trim();
    this.description = details.description.trim();
    this.source = details.source.trim();
    this.effectiveFrom = from;
    this.effectiveTo = to;
    this.levelRule = details.levelRule;
    this.selfAssessmentCounts = details.selfAssessmentCounts;
  }

  isEffectiveOn(day: IsoDate): boolean {
    return this.effectiveFrom <= day && (this.effectiveTo === null || this.effectiveTo >= day);
  }
}
