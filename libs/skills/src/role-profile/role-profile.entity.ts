import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import type { Competency } from '../framework/competency.entity';
import type { ProficiencyScale } from '../scale/proficiency-scale.entity';

export enum RequirementPriority {
  ESSENTIAL = 'ESSENTIAL',
  DESIRABLE = 'DESIRABLE',
}

export interface RequirementDetails {
  level: number;
  priority: RequirementPriority;
  /** Days from the start of the job by which the level is expected; null sets no deadline. */
  withinDays: number | null;
}

/**
 * What a job needs: Family Support Worker, Family Hub Navigator, Health Visitor, VCFSE Volunteer.
 * Job assignments name a role profile; gap analysis compares people with its requirements.
 */
@Entity()
@Unique({ properties: ['partnership', 'name'] })
export class RoleProfile extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @OneToMany({ entity: () => RoleRequirement, mappedBy: 'roleProfile', orphanRemoval: true })
  requirements = new Collection<RoleRequirement>(this);

  constructor(partnership: Ref<Partnership>, name: string, description: string) {
    super(partnership);
    this.describe(name, description);
  }

  describe(name: string, description: string): void {
    if (!name.trim()) throw new BadInputError('A role profile needs a name.');
    this.name = name.trim();
    this.description = description.trim();
  }

  /** Adds or changes the requirement for a competency; the requirements must be loaded. */
  require(competency: Competency, scale: ProficiencyScale, details: RequirementDetails): RoleRequirement {
    const existing = this.requirements.getItems().find((r) => r.competency.id === competency.id);
    if (existing) {
      existing.set(competency, scale, details);
      return existing;
    }
    const requirement = new RoleRequirement(this, competency, scale, details);
    this.requirements.add(requirement);
    return requirement;
  }
}

/** One competency a role profile needs, at a level of the competency's scale. */
@Entity()
@Unique({ properties: ['roleProfile', 'competency'] })
export class RoleRequirement extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => RoleProfile, ref: true, deleteRule: 'cascade' })
  roleProfile: Ref<RoleProfile>;

  @ManyToOne({ entity: () => 'Competency', ref: true, index: true })
  competency!: Ref<Competency>;

  @Property({ type: 'smallint' })
  level!: number;

  @Enum({ items: () => RequirementPriority, nativeEnumName: 'requirement_priority' })
  priority!: RequirementPriority;

  @Property({ type: 'smallint', nullable: true })
  withinDays: number | null = null;

  constructor(roleProfile: RoleProfile, competency: Competency, scale: ProficiencyScale, details: RequirementDetails) {
    super(roleProfile.partnership);
    this.roleProfile = ref(roleProfile);
    this.set(competency, scale, details);
  }

  set(competency: Competency, scale: ProficiencyScale, details: RequirementDetails): void {
    if (!competency.assessable) {
      throw new BadInputError(`${competency.code} is a domain: require the competencies inside it instead.`);
    }
    scale.assertLevel(details.level, `The requirement for ${competency.code}`);
    const days = details.withinDays;
    if (days !== null && (!Number.isInteger(days) || days < 0 || days > 3650)) {
      throw new BadInputError('"Within N days of starting" is between 0 and 3650 days, or empty.');
    }
    this.competency = ref(competency);
    this.level = details.level;
    this.priority = details.priority;
    this.withinDays = days;
  }
}
