import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { ConflictError, ForbiddenError, NotFoundError } from '@kindred/common';
import { Organisation, type Person, PersonReach, Site } from '@kindred/org';
import { currentJobs } from '../booking/booking-context';
import { Course } from '../course/course.entity';
import { ExpressionOfInterest } from './expression-of-interest.entity';

interface Ranked {
  count: number;
  name: string;
}

/** Open interest in one course, counted where people would attend and who they work for. */
export interface CourseDemand {
  courseId: string;
  total: number;
  bySite: { site: Site | null; count: number }[];
  byOrganisation: { organisation: Organisation; count: number }[];
}

/**
 * Learners say they would go to a course that has no session they can get to; the demand is counted
 * per course, site and organisation for whoever plans the next sessions.
 */
@Injectable()
export class InterestService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  /** Counted for the organisation of the learner's first current job. */
  async register(
    actor: Actor,
    input: { courseId: string; siteId?: string | null },
    now = new Date(),
  ): Promise<ExpressionOfInterest> {
    const person = await this.me(actor);
    const course = await this.em.findOne(Course, { id: input.courseId });
    if (!course) throw new NotFoundError('Course', input.courseId);
    if (!course.active) throw new ConflictError(`${course.title} is archived: it is no longer offered.`);
    const site = input.siteId ? await this.em.findOne(Site, { id: input.siteId }) : null;
    if (input.siteId && !site) throw new NotFoundError('Site', input.siteId);
    const [job] = await currentJobs(this.em, person, now);
    if (!job) {
      throw new ConflictError(
        'You have no current job in the partnership, so there is no organisation to count you for.',
      );
    }
    const organisation = job.organisation.getEntity();

    const earlier = await this.em.findOne(ExpressionOfInterest, { course, person });
    if (earlier?.open) throw new ConflictError(`You have already registered interest in ${course.title}.`);
    const interest = earlier ?? new ExpressionOfInterest(course, person, organisation, site);
    if (earlier) earlier.renew(organisation, site);
    await this.em.persistAndFlush(interest);
    return interest;
  }

  async withdraw(actor: Actor, courseId: string): Promise<boolean> {
    const person = await this.me(actor);
    const interest = await this.em.findOne(ExpressionOfInterest, { course: courseId, person, fulfilledAt: null });
    if (!interest) throw new NotFoundError('Your open interest in course', courseId);
    await this.em.removeAndFlush(interest);
    return true;
  }

  /** The learner's interests still waiting for a session, newest first. */
  async mine(actor: Actor): Promise<ExpressionOfInterest[]> {
    const person = await this.reach.actorPerson(actor);
    if (!person) return [];
    return this.em.find(
      ExpressionOfInterest,
      { person, fulfilledAt: null },
      { populate: ['course'], orderBy: { createdAt: 'DESC', id: 'ASC' } },
    );
  }

  /** How many open expressions of interest a course has. */
  openCount(course: Course): Promise<number> {
    return this.em.count(ExpressionOfInterest, { course, fulfilledAt: null });
  }

  async demand(courseId: string): Promise<CourseDemand> {
    const course = await this.em.findOne(Course, { id: courseId });
    if (!course) throw new NotFoundError('Course', courseId);
    // One pass: a grouping set per site, per organisation, and the total (grouping flags tell them apart).
    const rows = await this.em
      .getConnection()
      .execute<
        { site_id: string | null; organisation_id: string | null; by_site: boolean; by_org: boolean; n: number }[]
      >(
        `select site_id, organisation_id, grouping(site_id) = 0 as by_site, grouping(organisation_id) = 0 as by_org,
              count(*)::int as n
       from expression_of_interest
       where partnership_id = ? and course_id = ? and fulfilled_at is null
       group by grouping sets ((site_id), (organisation_id), ())`,
        [course.partnership.id, course.id],
      );
    const siteRows = rows.filter((r) => r.by_site);
    const orgRows = rows.filter((r) => r.by_org);
    const siteIds = siteRows.flatMap((r) => (r.site_id ? [r.site_id] : []));
    const sites = siteIds.length ? await this.em.find(Site, { id: { $in: siteIds } }) : [];
    const organisations = orgRows.length
      ? await this.em.find(Organisation, { id: { $in: orgRows.map((r) => r.organisation_id!) } })
      : [];
    // Most wanted first; ties by name, no preferred site before the named ones.
    const byDemand = (a: Ranked, b: Ranked) => b.count - a.count || a.name.localeCompare(b.name);
    const bySite = siteRows.map((r) => {
      const site = sites.find((s) => s.id === r.site_id) ?? null;
      return { site, count: r.n, name: site?.name ?? '' };
    });
    const byOrganisation = orgRows.map((r) => {
      const organisation = organisations.find((o) => o.id === r.organisation_id)!;
      return { organisation, count: r.n, name: organisation.name };
    });
    return {
      courseId: course.id,
      total: rows.find((r) => !r.by_site && !r.by_org)?.n ?? 0,
      bySite: bySite.sort(byDemand).map(({ site, count }) => ({ site, count })),
      byOrganisation: byOrganisation.sort(byDemand).map(({ organisation, count }) => ({ organisation, count })),
    };
  }

  private async me(actor: Actor): Promise<Person> {
    const person = await this.reach.actorPerson(actor);
    if (!person) {
      throw new ForbiddenError('Your sign-in is not linked to a person record, so there is no learner to count.');
    }
    return person;
  }
}
