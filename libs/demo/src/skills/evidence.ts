import type { EntityManager } from '@mikro-orm/postgresql';
import { en, Faker } from '@faker-js/faker';
import type { IsoDate, JobAssignment, Person } from '@kindred/org';
import {
  Assessment,
  type Competency,
  EvidenceSource,
  lastValidDay,
  type RoleProfile,
  SkillLedger,
} from '@kindred/skills';
import { REFLECTIONS } from './reflections';

/** Its own seed, so the evidence never shifts the people the workforce builder makes. */
const SEED = 2027;
/** The share of people's required competencies with any evidence yet. */
const COVERAGE = 0.65;
/** Evidence mostly shows the required level; some people are a level short, a few beyond it. */
const LEVEL_SHIFT = [
  { weight: 2, value: -1 },
  { weight: 7, value: 0 },
  { weight: 1, value: 1 },
];
/** Practice levels come from managers; refreshed competencies (safeguarding) from courses. */
const PRACTICE_SOURCES = [
  { weight: 7, value: EvidenceSource.MANAGER },
  { weight: 2, value: EvidenceSource.TRAINING },
  { weight: 1, value: EvidenceSource.IMPORTED },
];
const REFRESHED_SOURCES = [
  { weight: 8, value: EvidenceSource.TRAINING },
  { weight: 2, value: EvidenceSource.IMPORTED },
];
/**
 * Refreshed evidence is dated up to a quarter beyond its validity, so about a fifth of it has
 * lapsed: the heatmap shows the refreshers nobody booked.
 */
const OVERDUE_SPREAD = 1.25;
const PRACTICE_AGE_DAYS = 3 * 365;
/** The manager's line reports who have rated themselves, and how many ratings each is waiting on. */
const SELF_ASSESSORS = [3, 2, 3, 2];
const DAY = 86_400_000;

export interface EvidenceOptions {
  today: IsoDate;
  people: Person[];
  assignments: JobAssignment[];
  profiles: RoleProfile[];
  /** Their line reports have self-assessments waiting in her validation queue. */
  manager: Person;
  /** One of the manager's reports, first in line to have rated themselves. */
  learner: Person;
}

/** A competency a person's current jobs require, at the highest level any of them asks. */
interface Need {
  competency: Competency;
  level: number;
  /** The first job that asks for it: its line manager assesses it. */
  job: JobAssignment;
}

/**
 * Writes the demo's evidence through the skills ledger, as the assessment service would: for each
 * person with a role profile, assessments for about two thirds of what their jobs require (some
 * short of the level, some lapsed), the stored level each adds up to, and self-assessments waiting
 * for the demo manager. Persists into `em` without flushing.
 */
export function recordEvidence(em: EntityManager, options: EvidenceOptions): void {
  new EvidenceRecorder(em, options).record();
}

class EvidenceRecorder {
  private readonly faker = new Faker({ locale: [en] });
  private readonly profiles: Map<string, RoleProfile>;
  private readonly jobs = new Map<string, JobAssignment[]>();
  private readonly unevidenced = new Map<Person, Need[]>();

  constructor(
    private readonly em: EntityManager,
    private readonly options: EvidenceOptions,
  ) {
    this.faker.seed(SEED);
    this.profiles = new Map(options.profiles.map((p) => [p.id, p]));
    for (const job of options.assignments.filter((a) => a.isActiveOn(options.today) && a.roleProfileId)) {
      this.jobs.set(job.person.id, [...(this.jobs.get(job.person.id) ?? []), job]);
    }
  }

  record(): void {
    for (const person of this.options.people) {
      const needs = this.needsOf(person);
      const unevidenced = needs.filter((need) => {
        if (!this.faker.datatype.boolean({ probability: COVERAGE })) return true;
        this.file(person, need.competency, this.assessment(person, need));
        return false;
      });
      this.unevidenced.set(person, unevidenced);
    }
    this.selfAssess();
  }

  private needsOf(person: Person): Need[] {
    const needs = new Map<Competency, Need>();
    for (const job of this.jobs.get(person.id) ?? []) {
      for (const requirement of this.profiles.get(job.roleProfileId!)!.requirements) {
        const competency = requirement.competency.getEntity();
        const need = needs.get(competency);
        if (need) need.level = Math.max(need.level, requirement.level);
        else needs.set(competency, { competency, level: requirement.level, job });
      }
    }
    return [...needs.values()];
  }

  private assessment(person: Person, need: Need): Assessment {
    const { faker } = this;
    const { competency } = need;
    const scale = scaleOf(competency);
    const shifted = need.level + faker.helpers.weightedArrayElement(LEVEL_SHIFT);
    const level = Math.min(Math.max(shifted, 1), scale.levels.length);
    const months = competency.validForMonths;
    const manager = need.job.lineManager?.getEntity() ?? null;
    let source = faker.helpers.weightedArrayElement(months ? REFRESHED_SOURCES : PRACTICE_SOURCES);
    if (source === EvidenceSource.MANAGER && !manager) source = EvidenceSource.TRAINING;
    // A manager assesses what they have seen since the job began; courses and records may be older.
    const oldest = months
      ? Math.round(months * 30.44 * OVERDUE_SPREAD)
      : source === EvidenceSource.MANAGER
        ? Math.min(this.daysSince(need.job.startDate), PRACTICE_AGE_DAYS)
        : PRACTICE_AGE_DAYS;
    const assessedOn = this.daysAgo(faker.number.int({ min: Math.min(14, oldest), max: oldest }));
    const byManager = source === EvidenceSource.MANAGER;
    return new Assessment(person, competency, scale, {
      level,
      source,
      assessedOn,
      validUntil: months ? lastValidDay(assessedOn, months) : null,
      note: source === EvidenceSource.IMPORTED ? 'From the learning records kept before Kindred.' : null,
      assessor: byManager ? manager : null,
      recordedByUserId: byManager ? (manager!.user?.id ?? null) : null,
    });
  }

  /**
   * The learner and a few more of the manager's reports have rated themselves on competencies
   * nobody has assessed yet, with a reflection on each; she has yet to validate them.
   */
  private selfAssess(): void {
    const { manager, learner, people } = this.options;
    const reports = [learner, ...people.filter((p) => p !== learner && this.reportsTo(p, manager))];
    SELF_ASSESSORS.forEach((count, i) => {
      const person = reports[i];
      const rated = this.unevidenced.get(person)!.filter((need) => REFLECTIONS[need.competency.code]);
      for (const need of rated.slice(0, count)) {
        const assessment = new Assessment(person, need.competency, scaleOf(need.competency), {
          level: need.level,
          source: EvidenceSource.SELF,
          assessedOn: this.daysAgo(this.faker.number.int({ min: 1, max: 12 })),
          validUntil: null,
          note: REFLECTIONS[need.competency.code],
          assessor: person,
          recordedByUserId: person.user?.id ?? null,
        });
        this.file(person, need.competency, assessment);
      }
    });
  }

  /** As the skills reach has it: a line report, or someone else in a team they manage. */
  private reportsTo(person: Person, manager: Person): boolean {
    return (
      person !== manager &&
      (this.jobs.get(person.id) ?? []).some(
        (job) => job.lineManager?.id === manager.id || job.team?.getEntity().manager?.id === manager.id,
      )
    );
  }

  /** The evidence, the record of its lapse if it has, and the level it adds up to today. */
  private file(person: Person, competency: Competency, assessment: Assessment): void {
    const ledger = new SkillLedger(person, competency, [], null);
    ledger.add(this.em, assessment);
    ledger.recordLapses(this.em, this.options.today);
    ledger.settle(this.em, this.options.today);
  }

  private daysAgo(days: number): IsoDate {
    return new Date(Date.parse(this.options.today) - days * DAY).toISOString().slice(0, 10);
  }

  private daysSince(day: IsoDate): number {
    return Math.round((Date.parse(this.options.today) - Date.parse(day)) / DAY);
  }
}

const scaleOf = (competency: Competency) => competency.framework.getEntity().scale.getEntity();
