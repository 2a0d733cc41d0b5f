import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import { Role, type User } from '@kindred/auth';
import type { Partnership } from '@kindred/database';
import { EmploymentType, type IsoDate, type JobAssignment, type Person } from '@kindred/org';
import { DevelopmentPathway, PathwayEnrolment, PathwayStatus, QualificationAward, StepKind } from '@kindred/planning';
import type { BuiltFramework, RoleProfile } from '@kindred/skills';
import { type Course, RecordSource, TrainingRecord } from '@kindred/training';
import { DEMO_USERS } from '../demo-people';
import { TITLES } from '../training/catalogue';

export interface PathwaysOptions {
  today: IsoDate;
  people: Person[];
  assignments: JobAssignment[];
  frameworks: BuiltFramework[];
  profiles: RoleProfile[];
  courses: Course[];
  users: User[];
}

export const LEVEL_4_CYPF = 'Level 4 Children, Young People and Families Practitioner';
const DAY = 86_400_000;

/**
 * Two development pathways for retention (Model Framework 5.2): family support workers into early
 * help practice through the Level 4 CYPF Practitioner, and volunteers into peer support
 * coordination. The hub team manager's family support workers and the demo learner are on the
 * first, three Home-Start volunteers on the second; one worker already holds the Level 4, and a few
 * have imported records of the courses. Their other steps are whatever their records show. Built through the entities and persisted without flushing.
 */
export function seedPathways(em: EntityManager, partnership: Ref<Partnership>, options: PathwaysOptions): void {
  const daysAgo = (days: number) => new Date(Date.parse(options.today) - days * DAY).toISOString().slice(0, 10);
  const inDays = (days: number) => daysAgo(-days);
  const profile = (name: string) => options.profiles.find((p) => p.name === name)!;
  const course = (title: string) => options.courses.find((c) => c.title === title)!;
  const competency = (code: string) => options.frameworks.flatMap((f) => f.competencies).find((c) => c.code === code)!;
  const demo = (role: Role) => {
    const email = DEMO_USERS.find((d) => d.role === role)!.email;
    return {
      person: options.people.find((p) => p.email === email)!,
      user: options.users.find((u) => u.email === email)!,
    };
  };
  const step = { course: null, competency: null, level: null, qualification: null, note: '' };

  const practitioner = new DevelopmentPathway(partnership, {
    name: 'Family support worker to early help practitioner',
    description:
      'For family support workers ready to hold early help plans as lead professional: trauma-informed and ' +
      'relational practice, regular supervision, and the Level 4 Children, Young People and Families Practitioner.',
    fromRole: profile('Family Support Worker'),
    toRole: profile('Early Help Practitioner'),
  });
  practitioner.addStep({ ...step, kind: StepKind.COURSE, course: course(TITLES.traumaInformed) });
  practitioner.addStep({ ...step, kind: StepKind.COMPETENCY, competency: competency('FHC.1.2'), level: 3 });
  practitioner.addStep({
    ...step,
    kind: StepKind.SUPERVISION,
    note: 'Ask your manager for a supervision agreement if you do not have one.',
  });
  practitioner.addStep({
    ...step,
    kind: StepKind.QUALIFICATION,
    qualification: LEVEL_4_CYPF,
    note: 'An apprenticeship standard: the workforce team arranges places with the college each September.',
  });
  practitioner.moveTo(PathwayStatus.PUBLISHED);

  const peerSupport = new DevelopmentPathway(partnership, {
    name: 'Volunteer to peer support coordinator',
    description:
      'For volunteers who would like paid work coordinating peer support: safeguarding, relational practice and ' +
      'supervision of their own.',
    fromRole: profile('VCFSE Volunteer'),
    toRole: profile('Volunteer Coordinator'),
  });
  peerSupport.addStep({ ...step, kind: StepKind.COURSE, course: course(TITLES.safeguarding1) });
  peerSupport.addStep({ ...step, kind: StepKind.COURSE, course: course(TITLES.relational) });
  peerSupport.addStep({ ...step, kind: StepKind.COMPETENCY, competency: competency('FHC.1.2'), level: 2 });
  peerSupport.addStep({ ...step, kind: StepKind.SUPERVISION });
  peerSupport.moveTo(PathwayStatus.PUBLISHED);
  em.persist([practitioner, peerSupport]);

  const current = options.assignments.filter((a) => a.endDate === null);
  const manager = demo(Role.MANAGER);
  const workers = current
    .filter((a) => a.roleProfileId === profile('Family Support Worker').id && a.lineManager?.id === manager.person.id)
    .map((a) => a.person.getEntity())
    .slice(0, 4);
  const volunteers = current
    .filter((a) => a.employmentType === EmploymentType.VOLUNTEER && a.roleProfileId === profile('VCFSE Volunteer').id)
    .map((a) => a.person.getEntity())
    .slice(0, 3);
  const lead = demo(Role.WORKFORCE_LEAD).user;
  const enrol = (pathway: DevelopmentPathway, person: Person, startedDaysAgo: number, by: User) =>
    new PathwayEnrolment(pathway, person, { startedOn: daysAgo(startedDaysAgo), targetOn: inDays(540) }, by.id);
  em.persist([
    ...workers.map((person, i) => enrol(practitioner, person, 300 - i * 60, manager.user)),
    enrol(practitioner, demo(Role.LEARNER).person, 30, lead),
    ...volunteers.map((person, i) => enrol(peerSupport, person, 200 - i * 50, lead)),
  ]);
  // Some of them have done the courses on their pathway already, imported from the old system.
  const completed = (person: Person | undefined, title: string, days: number) => {
    if (!person) return;
    const done = course(title);
    const expires = new Date(Date.parse(daysAgo(days)));
    expires.setUTCMonth(expires.getUTCMonth() + (done.validityMonths ?? 0));
    em.persist(
      new TrainingRecord(person, {
        course: done,
        title: done.title,
        completedOn: daysAgo(days),
        expiresOn: done.validityMonths ? expires.toISOString().slice(0, 10) : null,
        source: RecordSource.IMPORTED,
        cpdMinutes: done.cpdMinutes,
        evidence: null,
        booking: null,
      }),
    );
  };
  completed(workers[0], TITLES.traumaInformed, 250);
  completed(workers[1], TITLES.traumaInformed, 90);
  completed(volunteers[0], TITLES.safeguarding1, 180);
  completed(volunteers[0], TITLES.relational, 120);
  completed(volunteers[1], TITLES.safeguarding1, 60);
  if (workers.length > 0) {
    const award = new QualificationAward(workers[0], LEVEL_4_CYPF);
    award.attained(daysAgo(45), options.today, manager.user.id);
    em.persist(award);
  }
}
