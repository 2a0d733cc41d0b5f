import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Evidence, MeasureEvidence } from '../plan/measure-evidence';
import { percentOf, pgArray } from '../plan/sql';
import { DevelopmentPathway, PathwayStatus } from './development-pathway.entity';
import { EnrolmentStatus, PathwayEnrolment } from './pathway-enrolment.entity';
import type { PathwayStep } from './pathway-step.entity';

export interface StepProgress {
  step: PathwayStep;
  done: boolean;
  evidence: Evidence | null;
}

export interface Progress {
  steps: StepProgress[];
  done: number;
  total: number;
  percent: number;
  complete: boolean;
  /** The first step in order not yet done. */
  nextStep: PathwayStep | null;
}

/** How much a pathway is in use: Model Framework 5.2's evidence that pathways support retention. */
export interface PathwayUse {
  pathwayId: string;
  name: string;
  status: PathwayStatus;
  /** People enrolled and not withdrawn. */
  enrolled: number;
  /** Of those, people with every step done today. */
  completed: number;
  averagePercent: number;
}

/** Progress along pathways, read live from training records, the skills ledger, supervision and awards. */
@Injectable()
export class PathwayProgress {
  constructor(
    private readonly em: EntityManager,
    private readonly evidence: MeasureEvidence,
  ) {}

  /** Each person's progress along the pathway today; its steps must be loaded. */
  async of(pathway: DevelopmentPathway, people: string[], today: string): Promise<Map<string, Progress>> {
    const steps = pathway.ordered();
    const found = await Promise.all(steps.map((step) => this.meeting(pathway.partnership.id, step, people, today)));
    return new Map(
      people.map((person) => {
        const progress = steps.map((step, i) => ({
          step,
          done: found[i].has(person),
          evidence: found[i].get(person) ?? null,
        }));
        const done = progress.filter((p) => p.done).length;
        return [
          person,
          {
            steps: progress,
            done,
            total: steps.length,
            percent: percentOf(done, steps.length),
            complete: steps.length > 0 && done === steps.length,
            nextStep: progress.find((p) => !p.done)?.step ?? null,
          },
        ];
      }),
    );
  }

  /** The progress of each enrolment, read per pathway so each step is one query for all its people. */
  async ofEnrolments(enrolments: PathwayEnrolment[], today: string): Promise<Map<PathwayEnrolment, Progress>> {
    await this.em.populate(enrolments, ['pathway.steps']);
    const byPathway = new Map<DevelopmentPathway, PathwayEnrolment[]>();
    for (const e of enrolments) {
      const pathway = e.pathway.getEntity();
      byPathway.set(pathway, [...(byPathway.get(pathway) ?? []), e]);
    }
    const result = new Map<PathwayEnrolment, Progress>();
    for (const [pathway, list] of byPathway) {
      const progress = await this.of(
        pathway,
        list.map((e) => e.person.id),
        today,
      );
      list.forEach((e) => result.set(e, progress.get(e.person.id)!));
    }
    return result;
  }

  /** Per pathway offered or retired, how many are on it, how many have completed it and how far on they are. */
  async pathwaysInUse(partnershipId: string, today: string): Promise<PathwayUse[]> {
    const pathways = await this.em.find(
      DevelopmentPathway,
      { partnership: partnershipId, status: { $ne: PathwayStatus.DRAFT } },
      { populate: ['steps'], orderBy: { name: 'ASC', id: 'ASC' } },
    );
    const enrolments = await this.em.find(PathwayEnrolment, {
      partnership: partnershipId,
      pathway: { $in: pathways },
      status: EnrolmentStatus.ACTIVE,
    });
    return Promise.all(
      pathways.map(async (pathway) => {
        const people = enrolments.filter((e) => e.pathway.id === pathway.id).map((e) => e.person.id);
        const progress = [...(await this.of(pathway, people, today)).values()];
        const sum = progress.reduce((total, p) => total + p.percent, 0);
        return {
          pathwayId: pathway.id,
          name: pathway.name,
          status: pathway.status,
          enrolled: people.length,
          completed: progress.filter((p) => p.complete).length,
          averagePercent: people.length === 0 ? 0 : Math.round((sum / people.length) * 10) / 10,
        };
      }),
    );
  }

  private async meeting(
    partnershipId: string,
    step: PathwayStep,
    people: string[],
    today: string,
  ): Promise<Map<string, Evidence>> {
    const measure = step.measure;
    if (measure) return this.evidence.of(partnershipId, people, measure, today);
    if (people.length === 0) return new Map();
    // Names match whatever their case, as a manager types them from the certificate.
    const rows = await this.em.getConnection().execute<{ person_id: string; attained_on: string }[]>(
      `select person_id, to_char(attained_on, 'YYYY-MM-DD') as attained_on from qualification_award
       where partnership_id = ? and person_id = any(?::uuid[]) and lower(qualification) = lower(?) and attained_on <= ?`,
      [partnershipId, pgArray(people), step.qualification, today],
    );
    return new Map(rows.map((r) => [r.person_id, { on: r.attained_on, level: null, validUntil: null }]));
  }
}
