import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import type { RoleProfile } from '@kindred/skills';
import { PathwayStep, type StepDetails } from './pathway-step.entity';

export enum PathwayStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

/** A draft is published once it has its steps; a published pathway is retired when no longer offered. */
const NEXT: Record<PathwayStatus, PathwayStatus | null> = {
  [PathwayStatus.DRAFT]: PathwayStatus.PUBLISHED,
  [PathwayStatus.PUBLISHED]: PathwayStatus.RETIRED,
  [PathwayStatus.RETIRED]: null,
};

const MAX_STEPS = 30;

export interface PathwayDetails {
  name: string;
  description: string;
  fromRole: RoleProfile;
  toRole: RoleProfile;
}

/**
 * A development pathway (Model Framework 5.2): the ordered steps that take someone from one role
 * to another. Steps are settled while the pathway is a draft; once published, people are enrolled
 * and their progress is read from the data, so the steps no longer change under them.
 */
@Entity()
@Unique({ properties: ['partnership', 'name'] })
export class DevelopmentPathway extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => 'RoleProfile', ref: true, deleteRule: 'cascade' })
  fromRole!: Ref<RoleProfile>;

  @ManyToOne({ entity: () => 'RoleProfile', ref: true, deleteRule: 'cascade' })
  toRole!: Ref<RoleProfile>;

  @Enum({ items: () => PathwayStatus, nativeEnumName: 'pathway_status' })
  status: PathwayStatus = PathwayStatus.DRAFT;

  @OneToMany({ entity: () => PathwayStep, mappedBy: 'pathway', orderBy: { position: 'ASC' }, orphanRemoval: true })
  steps = new Collection<PathwayStep>(this);

  constructor(partnership: Ref<Partnership>, details: PathwayDetails) {
    super(partnership);
    this.apply(details);
  }

  /** The name and description may be corrected while offered; the roles are settled in the draft. */
  change(details: PathwayDetails): void {
    if (this.status === PathwayStatus.RETIRED) throw new ConflictError('This pathway is retired; it cannot change.');
    const rolesChange = details.fromRole.id !== this.fromRole.id || details.toRole.id !== this.toRole.id;
    if (rolesChange && this.status !== PathwayStatus.DRAFT) {
      throw new ConflictError('The roles of a published pathway cannot change; retire it and start a new one.');
    }
    this.apply(details);
  }

  moveTo(status: PathwayStatus): void {
    if (NEXT[this.status] !== status) {
      throw new ConflictError(
        NEXT[this.status]
          ? `A ${this.status.toLowerCase()} pathway can only move to ${NEXT[this.status]!.toLowerCase()}, not ${status.toLowerCase()}.`
          : 'This pathway is retired; it cannot change status.',
      );
    }
    if (status === PathwayStatus.PUBLISHED && this.steps.length === 0) {
      throw new ConflictError('Add at least one step before publishing the pathway.');
    }
    this.status = status;
  }

  addStep(details: StepDetails): PathwayStep {
    this.assertDraft();
    if (this.steps.length >= MAX_STEPS) throw new BadInputError(`A pathway has at most ${MAX_STEPS} steps.`);
    const step = new PathwayStep(this, this.steps.length + 1, details);
    this.steps.add(step);
    return step;
  }

  removeStep(step: PathwayStep): void {
    this.assertDraft();
    this.steps.remove(step);
    this.renumber(this.ordered().filter((s) => s !== step));
  }

  /** Moves a step to a position (1 for first); the others close up around it. */
  moveStep(step: PathwayStep, position: number): void {
    this.assertDraft();
    if (!Number.isInteger(position) || position < 1 || position > this.steps.length) {
      throw new BadInputError(`A step's position is from 1 to ${this.steps.length}.`);
    }
    const others = this.ordered().filter((s) => s !== step);
    others.splice(position - 1, 0, step);
    this.renumber(others);
  }

  /** The steps in order; the collection must be loaded. */
  ordered(): PathwayStep[] {
    return [...this.steps.getItems()].sort((a, b) => a.position - b.position);
  }

  assertDraft(): void {
    if (this.status !== PathwayStatus.DRAFT) {
      throw new ConflictError('Steps change only while the pathway is a draft, before anyone is enrolled.');
    }
  }

  /** Only a draft is deleted: a published or retired pathway is the record of people's progress. */
  assertDeletable(): void {
    if (this.status !== PathwayStatus.DRAFT)
      throw new ConflictError('Only a draft pathway can be deleted; retire it instead.');
  }

  assertOpen(): void {
    if (this.status !== PathwayStatus.PUBLISHED) {
      throw new ConflictError('People are enrolled only on a published pathway.');
    }
  }

  private renumber(steps: PathwayStep[]): void {
    steps.forEach((s, i) => (s.position = i + 1));
  }

  private apply(details: PathwayDetails): void {
    const name = details.name.trim();
    if (!name || name.length > 200) throw new BadInputError('A pathway needs a name of at most 200 characters.');
    if (details.fromRole.id === details.toRole.id) {
      throw new BadInputError('A pathway leads from one role to a different one.');
    }
    this.name = name;
    this.description = details.description.trim();
    this.fromRole = ref(details.fromRole);
    this.toRole = ref(details.toRole);
  }
}
