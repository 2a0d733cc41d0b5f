import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import { Role, type User } from '@kindred/auth';
import type { Partnership } from '@kindred/database';
import { EmploymentType, type Organisation, OrganisationKind, type Person } from '@kindred/org';
import {
  Judgement,
  MeasureKind,
  PlanAction,
  PlanActionStatus,
  PlanObjective,
  PlanStatus,
  PlanVersion,
  type PulseSurvey,
  SelfAssessmentEvidence,
  SelfAssessmentJudgement,
  type TargetPopulation,
  WorkforcePlan,
} from '@kindred/planning';
import type { BuiltFramework, RoleProfile } from '@kindred/skills';
import type { Course } from '@kindred/training';
import { DEMO_USERS } from '../demo-people';
import { TITLES } from '../training/catalogue';

export interface PlanOptions {
  today: string;
  organisations: Organisation[];
  people: Person[];
  frameworks: BuiltFramework[];
  profiles: RoleProfile[];
  courses: Course[];
  users: User[];
  survey: PulseSurvey;
}

const population = (filters: Partial<TargetPopulation>): TargetPopulation => ({
  organisationIds: [],
  organisationKinds: [],
  roleProfileIds: [],
  employmentTypes: [],
  siteIds: [],
  ...filters,
});

/**
 * The partnership's workforce development plan for the financial year that holds `today`, agreed
 * with every partner, with objectives in the words of the seeds: trauma-informed and relational
 * practice, supervision coverage, safeguarding for volunteers and, from the pulse survey, time for
 * training. Built through the entities and
 * persisted without flushing. Baselines are left unset (the trajectory then starts from zero):
 * they are measured when an objective is added through the API, and nothing is measured here.
 */
export function seedPlan(em: EntityManager, partnership: Ref<Partnership>, options: PlanOptions): void {
  const year = Number(options.today.slice(0, 4)) - (options.today.slice(5) < '04-01' ? 1 : 0);
  const startsOn = `${year}-04-01`;
  const endsOn = `${year + 1}-03-31`;
  const email = (role: Role) => DEMO_USERS.find((d) => d.role === role)!.email;
  const lead = options.people.find((p) => p.email === email(Role.WORKFORCE_LEAD))!;
  const leadUser = options.users.find((u) => u.email === email(Role.WORKFORCE_LEAD))!;
  const course = (title: string) => options.courses.find((c) => c.title === title)!;
  const competency = (code: string) => options.frameworks.flatMap((f) => f.competencies).find((c) => c.code === code)!;
  const profiles = (...names: string[]) => options.profiles.filter((p) => names.includes(p.name)).map((p) => p.id);

  const plan = new WorkforcePlan(partnership, {
    period: `${year}–${String(year + 1).slice(2)}`,
    title: 'Northshire Family Hubs workforce development plan',
    summary:
      'One plan for every partner in the network: a shared, trauma-informed and relational way of working with ' +
      'families, supervision for everyone who needs it, and safeguarding training that volunteers can get to.',
    startsOn,
    endsOn,
    ownerId: lead.id,
    partnerOrganisationIds: options.organisations.map((o) => o.id),
  });
  const objective = (title: string, details: Omit<ConstructorParameters<typeof PlanObjective>[1], 'title'>) =>
    new PlanObjective(plan, { title, ...details });
  const deadline = endsOn;
  const traumaInformed = objective('Everyone paid or placed is trauma-informed', {
    population: population({
      employmentTypes: [EmploymentType.STAFF, EmploymentType.AGENCY, EmploymentType.SECONDED, EmploymentType.STUDENT],
    }),
    measure: {
      kind: MeasureKind.COURSE_VALID,
      courseId: course(TITLES.traumaInformed).id,
      competencyId: null,
      level: null,
      statementId: null,
    },
    targetPercent: 90,
    deadline,
  });
  const relational = objective('Practitioners practise relationally (Relational practice, Practising)', {
    population: population({
      roleProfileIds: profiles('Family Support Worker', 'Early Help Practitioner', 'Family Hub Navigator'),
    }),
    measure: {
      kind: MeasureKind.COMPETENCY_LEVEL,
      competencyId: competency('FHC.1.2').id,
      level: 2,
      courseId: null,
      statementId: null,
    },
    targetPercent: 75,
    deadline,
  });
  const supervision = objective('Council and health staff supervised within their agreed frequency', {
    population: population({
      organisationKinds: [OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.HEALTH],
      employmentTypes: [EmploymentType.STAFF],
    }),
    measure: {
      kind: MeasureKind.SUPERVISION_IN_FREQUENCY,
      competencyId: null,
      level: null,
      courseId: null,
      statementId: null,
    },
    targetPercent: 95,
    deadline,
  });
  const safeguarding = objective('VCFSE volunteers hold Safeguarding children Level 1 in date', {
    population: population({
      organisationKinds: [OrganisationKind.VCFSE],
      employmentTypes: [EmploymentType.VOLUNTEER],
    }),
    measure: {
      kind: MeasureKind.COURSE_VALID,
      courseId: course(TITLES.safeguarding1).id,
      competencyId: null,
      level: null,
      statementId: null,
    },
    targetPercent: 100,
    deadline,
  });
  const timeForTraining = objective('Practitioners have time to take part in the training offer', {
    population: population({ employmentTypes: [EmploymentType.STAFF] }),
    measure: {
      kind: MeasureKind.SURVEY_AGREEMENT,
      statementId: options.survey.current.find((s) => s.text.startsWith('I have sufficient time'))!.id,
      courseId: null,
      competencyId: null,
      level: null,
    },
    targetPercent: 60,
    deadline,
  });
  const dueIn = (months: number) => `${year}-${String(4 + months).padStart(2, '0')}-28`;
  const actions = [
    new PlanAction(plan, traumaInformed, {
      title: 'Run a Trauma-informed practice: Informed session online every month',
      ownerId: lead.id,
      dueOn: dueIn(2),
      status: PlanActionStatus.DONE,
    }),
    new PlanAction(plan, supervision, {
      title: 'Agree supervision for every practitioner without an agreement',
      ownerId: lead.id,
      dueOn: dueIn(6),
      status: PlanActionStatus.OPEN,
    }),
    new PlanAction(plan, safeguarding, {
      title: 'Offer Safeguarding Level 1 on weekday evenings for volunteers',
      ownerId: lead.id,
      dueOn: dueIn(7),
      status: PlanActionStatus.OPEN,
    }),
  ];
  const objectives = [traumaInformed, relational, supervision, safeguarding, timeForTraining];
  // Consulted on and approved: each step kept as a version, as the service would.
  const versions = [PlanStatus.CONSULTATION, PlanStatus.APPROVED].map((status) => {
    plan.moveTo(status, new Date(`${startsOn}T09:00:00Z`));
    return new PlanVersion(plan, `Moved to ${status.toLowerCase()}`, leadUser.id, {
      plan: { title: plan.title, period: plan.period, status: plan.status },
      objectives: objectives.map((o) => ({ id: o.id, title: o.title, targetPercent: o.targetPercent })),
      actions: actions.map((a) => ({ id: a.id, title: a.title, status: a.status })),
    });
  });
  em.persist([
    plan,
    ...objectives,
    ...actions,
    ...versions,
    ...selfAssessment(plan, leadUser, startsOn, options.today),
  ]);
}

/**
 * A self-assessment half way through: the plan itself judged developed, role profiles moved from
 * "not yet" to basic (so there is history), pathways not yet, and evidence Kindred cannot count.
 */
function selfAssessment(plan: WorkforcePlan, lead: User, startsOn: string, today: string) {
  const judge = (code: string, judgement: Judgement, note: string, on: string) => {
    const made = new SelfAssessmentJudgement(plan, code, judgement, note, lead.id);
    made.createdAt = new Date(`${on}T10:00:00Z`);
    return made;
  };
  const evidence = (code: string, text: string, link: string | null = null) =>
    new SelfAssessmentEvidence(plan, code, { text, link }, lead.id);
  // Days into the plan's year, never after today.
  const later = (days: number) => {
    const day = new Date(Date.parse(startsOn) + days * 86_400_000).toISOString().slice(0, 10);
    return day < today ? day : today;
  };
  return [
    judge('5.2-L1-1', Judgement.DEVELOPED, 'Agreed by every partner, the VCFSE alliance included.', later(7)),
    judge('5.2-L2-1', Judgement.NOT_YET, 'Role profiles for council roles only.', later(14)),
    judge('5.2-L2-1', Judgement.BASIC, 'Profiles now cover health and most VCFSE roles; volunteers next.', later(90)),
    judge('5.2-L2-3', Judgement.BASIC, 'Feedback after every course; the first pulse survey wave is in.', later(100)),
    judge('5.2-L2-4', Judgement.NOT_YET, 'One apprenticeship route so far.', later(100)),
    evidence(
      '5.2-L1-1',
      'Family Hub partnership board minutes approving the workforce development plan',
      'https://northshire.example/family-hubs/board/minutes',
    ),
    evidence('5.2-L2-4', 'Early years apprenticeship route agreed with Northshire College'),
    evidence('2.5-L1-4', 'Monthly reflective practice forum across the four hubs, open to every partner'),
  ];
}
