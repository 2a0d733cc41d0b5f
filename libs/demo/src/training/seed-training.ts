import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import { Role } from '@kindred/auth';
import { londonTime } from '@kindred/common';
import type { Partnership } from '@kindred/database';
import {
  type IsoDate,
  type JobAssignment,
  type Organisation,
  OrganisationKind,
  type Person,
  type Room,
  type Site,
} from '@kindred/org';
import type { BuiltFramework, RoleProfile } from '@kindred/skills';
import { Course, SessionQuota, TrainingProvider, TrainingSession } from '@kindred/training';
import { DEMO_USERS } from '../demo-people';
import { COURSES, type CourseSpec, type LevelSpec, PROVIDERS } from './catalogue';
import { SESSIONS, type SessionSpec, type TrainerSpec } from './sessions';

export interface TrainingOptions {
  today: IsoDate;
  /** The partnership's notice policy: sessions were published at least this long before they start. */
  minimumNoticeDays: number;
  organisations: Organisation[];
  sites: Site[];
  rooms: Room[];
  people: Person[];
  assignments: JobAssignment[];
  frameworks: BuiltFramework[];
  profiles: RoleProfile[];
}

const DAY = 86_400_000;

/**
 * Gives the demo partnership a training offer: providers, the catalogue the issue names, sessions
 * already run and sessions open for booking. Built through the entities' constructors and persisted
 * into `em` without flushing, so the demo is still written in one flush. No bookings here: the
 * learning culture's demo books people onto the completed sessions it has feedback for. Gives back
 * the sessions, and the courses for the plan's objectives to name.
 */
export function seedTraining(
  em: EntityManager,
  partnership: Ref<Partnership>,
  options: TrainingOptions,
): { sessions: TrainingSession[]; courses: Course[] } {
  const providers = new Map(
    PROVIDERS.map((spec) => {
      const organisation = spec.organisation ? organisationOf(options, spec.organisation) : null;
      return [spec.name, new TrainingProvider(partnership, { ...spec, organisation })];
    }),
  );
  const courses = new Map<string, Course>();
  for (const spec of COURSES) courses.set(spec.title, buildCourse(spec, providers, courses, options));
  const sessions = SESSIONS.map((spec) => buildSession(spec, courses.get(spec.course)!, options));
  em.persist([...providers.values(), ...courses.values(), ...sessions]);
  return { sessions, courses: [...courses.values()] };
}

function buildCourse(
  spec: CourseSpec,
  providers: Map<string, TrainingProvider>,
  earlier: Map<string, Course>,
  options: TrainingOptions,
): Course {
  const profileId = (name: string) => {
    const profile = options.profiles.find((p) => p.name === name);
    if (!profile) throw new Error(`The demo course ${spec.title} is for ${name}, which is not a demo role profile.`);
    return profile.id;
  };
  const course = new Course(providers.get(spec.provider)!, {
    ...spec,
    audience: {
      roleProfileIds: spec.audience.roleProfiles.map(profileId),
      employmentTypes: [...spec.audience.employmentTypes],
      organisationIds: spec.audience.organisations.map((code) => organisationOf(options, code).id),
    },
  });
  course.grantLevels(spec.grants.map((grant) => ({ ...competencyOf(options, grant), level: grant.level })));
  course.require([
    ...spec.prerequisites.courses.map((title) => ({ courseId: earlier.get(title)!.id })),
    ...spec.prerequisites.levels.map((p) => ({ competencyId: competencyOf(options, p).competency.id, level: p.level })),
  ]);
  return course;
}

/** Published well within the notice policy; sessions already over are completed. */
function buildSession(spec: SessionSpec, course: Course, options: TrainingOptions): TrainingSession {
  const site = options.sites.find((s) => s.name === spec.site)!;
  const room = options.rooms.find((r) => r.site.id === site.id && r.name === spec.room)!;
  let day = weekday(addDays(options.today, spec.inDays));
  const parts = spec.parts.map(({ after, from, to }) => {
    day = weekday(addDays(day, after));
    return { startsAt: londonTime(day, from), endsAt: londonTime(day, to) };
  });
  const startsAt = parts[0].startsAt;
  const before = (days: number) => new Date(startsAt.getTime() - days * DAY);
  const publishedAt = before(options.minimumNoticeDays + 14);
  const session = new TrainingSession(course, {
    parts,
    site,
    room,
    onlineUrl: spec.online ? meetingLink(course, parts[0].startsAt) : null,
    capacity: spec.capacity,
    minimumNumbers: Math.ceil(spec.capacity / 2),
    minimumCutoffAt: before(14),
    registrationOpensAt: publishedAt,
    registrationClosesAt: before(2),
    cancellationCutoffAt: before(7),
    offerHours: 48,
  });
  session.trainers.set(spec.trainers.map((trainer) => trainerOf(options, trainer)));
  if (spec.vcfseShare) {
    session.quotas.add(
      new SessionQuota(session, {
        organisation: null,
        organisationKind: OrganisationKind.VCFSE,
        seats: Math.round(spec.capacity * spec.vcfseShare),
        releaseAt: before(14),
      }),
    );
  }
  session.publish(options.minimumNoticeDays, publishedAt);
  const now = new Date(`${options.today}T00:00:00Z`);
  if (session.endsAt < now) session.complete(now);
  return session;
}

function organisationOf(options: TrainingOptions, code: string): Organisation {
  return options.organisations.find((o) => o.code === code)!;
}

function competencyOf(options: TrainingOptions, spec: LevelSpec) {
  const built = options.frameworks.find((f) => f.framework.code === spec.framework);
  const competency = built?.competencies.find((c) => c.code === spec.code);
  if (!built || !competency) throw new Error(`The demo catalogue needs ${spec.code}, which ${spec.framework} lacks.`);
  return { competency, scale: built.scale };
}

function trainerOf(options: TrainingOptions, trainer: TrainerSpec): Person {
  if (trainer === 'demo trainer') {
    const { email } = DEMO_USERS.find((demo) => demo.role === Role.TRAINER)!;
    return options.people.find((p) => p.email === email)!;
  }
  const job = options.assignments.find(
    (a) => a.jobTitle === trainer.jobTitle && a.endDate === null && !a.person.getEntity().user,
  );
  if (!job) throw new Error(`The demo has nobody working as ${trainer.jobTitle} to train.`);
  return job.person.getEntity();
}

function meetingLink(course: Course, startsAt: Date): string {
  const slug = course.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `https://meet.northshire-familyhubs.example/${slug}-${startsAt.toISOString().slice(0, 10)}`;
}

function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
}

/** Training runs on weekdays: a Saturday or Sunday moves to the Monday. */
function weekday(day: IsoDate): IsoDate {
  const dayOfWeek = new Date(day).getUTCDay();
  return dayOfWeek === 6 ? addDays(day, 2) : dayOfWeek === 0 ? addDays(day, 1) : day;
}
