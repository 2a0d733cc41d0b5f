import type { Ref } from '@mikro-orm/core';
import { en, en_GB, Faker } from '@faker-js/faker';
import type { User } from '@kindred/auth';
import type { Partnership } from '@kindred/database';
import {
  DbsCheck,
  DbsLevel,
  EmploymentType,
  type IsoDate,
  JobAssignment,
  Organisation,
  Person,
  Room,
  Site,
  Team,
} from '@kindred/org';
import type { DemoUser } from '../demo-people';
import { FAMILY_NAMES, MEN, WOMEN } from './names';
import { ORGANISATIONS, type OrganisationSpec } from './organisations';
import { type RoleKey, roleSpec } from './roles';
import { SECOND_JOBS } from './second-jobs';
import { HUBS, type SiteSpec, VIRTUAL_HUB } from './sites';
import { TEAMS, type TeamSpec } from './teams';

/** The same seed every run, so the demo has the same people every time. */
const SEED = 2026;
const LEAVERS = 14;
/** Part-time weeks as contracts have them. */
const PART_TIME = [15, 18.5, 22.5, 30];
const VOLUNTEER_HOURS = [2, 3, 4, 6];
const DBS_ORDER = [DbsLevel.BASIC, DbsLevel.STANDARD, DbsLevel.ENHANCED, DbsLevel.ENHANCED_WITH_BARRED_LISTS];
const DAY = 86_400_000;

export interface Workforce {
  organisations: Organisation[];
  sites: Site[];
  rooms: Room[];
  teams: Team[];
  people: Person[];
  assignments: JobAssignment[];
  dbsChecks: DbsCheck[];
}

export interface WorkforceOptions {
  /** Dates are counted back from this day. */
  today: IsoDate;
  /** The partnership's DBS recheck cycle. */
  dbsRecheckYears: number;
  /** The demo sign-ins, each placed in the seat their `placement` names. */
  demoUsers: { user: User; demo: DemoUser }[];
}

/** One seat in a team table, and the person in it. */
interface Post {
  person: Person;
  org: OrganisationSpec;
  team: TeamSpec;
  role: RoleKey;
  type: EmploymentType;
  manages: boolean;
  assignment?: JobAssignment;
}

const teamKey = (organisation: string, name: string) => `${organisation}/${name}`;

/**
 * Builds the Northshire workforce from the data tables through the entities' own constructors,
 * without touching the database: the caller persists the result in one flush.
 */
export function buildWorkforce(partnership: Ref<Partnership>, options: WorkforceOptions): Workforce {
  return new WorkforceBuilder(partnership, options).build();
}

class WorkforceBuilder {
  private readonly faker = new Faker({ locale: [en_GB, en] });
  private readonly out: Workforce = {
    organisations: [],
    sites: [],
    rooms: [],
    teams: [],
    people: [],
    assignments: [],
    dbsChecks: [],
  };
  private readonly organisations = new Map<string, Organisation>();
  private readonly sites = new Map<string, Site>();
  private readonly teams = new Map<string, { team: Team; posts: Post[] }>();
  private readonly posts: Post[] = [];
  private readonly demoSeats: Map<string, { user: User; demo: DemoUser }>;
  private readonly emails = new Set<string>();
  private readonly employeeNumbers = new Set<string>();
  private readonly coordinatorTurns = new Map<string, number>();

  constructor(
    private readonly partnership: Ref<Partnership>,
    private readonly options: WorkforceOptions,
  ) {
    this.faker.seed(SEED);
    this.demoSeats = new Map(
      options.demoUsers.map((d) => [
        `${teamKey(d.demo.placement.organisation, d.demo.placement.team)}#${d.demo.placement.post}`,
        d,
      ]),
    );
  }

  build(): Workforce {
    ORGANISATIONS.forEach((spec) => this.addOrganisation(spec));
    for (const hub of HUBS) {
      const hubSite = this.addSite(hub, hub.locality);
      hub.outposts.forEach((outpost) => this.addSite(outpost, hub.locality).attachTo(hubSite));
    }
    this.addSite(VIRTUAL_HUB, VIRTUAL_HUB.locality);
    TEAMS.forEach((spec) => this.staffTeam(spec));
    if (this.demoSeats.size > 0) throw new Error(`No seat for demo users: ${[...this.demoSeats.keys()].join(', ')}`);
    this.posts.forEach((post) => this.assign(post));
    this.addSecondJobs();
    this.endLeavers();
    this.out.people.forEach((person) => this.checkDbs(person));
    return this.out;
  }

  private addOrganisation(spec: OrganisationSpec): void {
    const organisation = new Organisation(this.partnership, spec);
    organisation.contactEmail = spec.contactEmail;
    organisation.contactPhone = spec.contactPhone;
    this.organisations.set(spec.code, organisation);
    this.out.organisations.push(organisation);
  }

  private addSite(spec: SiteSpec, locality: string): Site {
    const site = new Site(this.partnership, { name: spec.name, kind: spec.kind, locality });
    [site.addressLine1, site.town, site.postcode] = spec.address ?? [null, null, null];
    for (const [name, capacity, accessibilityNotes] of spec.rooms) {
      this.out.rooms.push(new Room(site, { name, capacity, accessibilityNotes }));
    }
    this.sites.set(site.name, site);
    this.out.sites.push(site);
    return site;
  }

  /** The team, its manager first, then a person for every seat its table lists. */
  private staffTeam(spec: TeamSpec): void {
    const org = ORGANISATIONS.find((o) => o.code === spec.organisation)!;
    const organisation = this.organisations.get(org.code)!;
    const team = new Team(organisation, spec.name);
    team.baseAt(spec.site ? this.sites.get(spec.site)! : null);
    const seats: [RoleKey, EmploymentType | undefined][] = [[spec.manager, undefined]];
    for (const [role, count, type] of spec.members) for (let i = 0; i < count; i++) seats.push([role, type]);
    const posts = seats.map(([role, type], i): Post => {
      const employment = type ?? roleSpec(role).type ?? EmploymentType.STAFF;
      const person = this.newPerson(org, employment, `${teamKey(org.code, spec.name)}#${role}`);
      return { person, org, team: spec, role, type: employment, manages: i === 0 };
    });
    team.managedBy(posts[0].person);
    if (this.isHead(spec)) organisation.contactName = posts[0].person.fullName;
    this.teams.set(teamKey(org.code, spec.name), { team, posts });
    this.posts.push(...posts);
    this.out.teams.push(team);
  }

  private newPerson(org: OrganisationSpec, type: EmploymentType, seat: string): Person {
    const demo = this.demoSeats.get(seat);
    this.demoSeats.delete(seat);
    const woman = this.faker.datatype.boolean({ probability: 0.8 });
    const [givenName, familyName] = demo
      ? demo.demo.displayName.split(' ')
      : [this.faker.helpers.arrayElement(woman ? WOMEN : MEN), this.faker.helpers.arrayElement(FAMILY_NAMES)];
    const person = new Person(this.partnership, {
      givenName,
      familyName,
      email: demo ? demo.user.email : this.uniqueEmail(`${givenName}.${familyName}`, org.domain),
      employeeNumber: type === EmploymentType.STAFF ? this.employeeNumber(org) : null,
      phone: this.faker.datatype.boolean({ probability: 0.75 }) ? `07700 900${this.faker.string.numeric(3)}` : null,
    });
    if (demo) person.linkUser(demo.user);
    this.out.people.push(person);
    return person;
  }

  private uniqueEmail(name: string, domain: string): string {
    const local = name.toLowerCase().replace(/[^a-z.-]/g, '');
    let email = `${local}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${domain}`;
    this.emails.add(email);
    return email;
  }

  private employeeNumber(org: OrganisationSpec): string {
    let number: string;
    do {
      number = `${org.employeePrefix}${this.faker.string.numeric({ length: 6, allowLeadingZeros: false })}`;
    } while (this.employeeNumbers.has(number));
    this.employeeNumbers.add(number);
    return number;
  }

  private isHead(team: TeamSpec): boolean {
    return TEAMS.find((t) => t.organisation === team.organisation) === team;
  }

  /**
   * Who a post reports to: the head of the organisation reports to nobody here; managers report
   * up; volunteers to a volunteer coordinator in their team, in turn; everyone else to the manager.
   */
  private lineManagerFor(organisation: string, teamName: string, volunteer: boolean): Person {
    const key = teamKey(organisation, teamName);
    const { posts } = this.teams.get(key)!;
    const coordinators = posts.filter((p) => roleSpec(p.role).coordinatesVolunteers).map((p) => p.person);
    if (!volunteer || coordinators.length === 0) return posts[0].person;
    const turn = this.coordinatorTurns.get(key) ?? 0;
    this.coordinatorTurns.set(key, turn + 1);
    return coordinators[turn % coordinators.length];
  }

  private assign(post: Post): void {
    const { team, org } = post;
    const head = TEAMS.find((t) => t.organisation === org.code)!;
    const lineManager =
      post.manages && this.isHead(team)
        ? null
        : post.manages
          ? this.lineManagerFor(org.code, team.reportsTo ?? head.name, false)
          : this.lineManagerFor(org.code, team.name, post.type === EmploymentType.VOLUNTEER);
    post.assignment = new JobAssignment(post.person, {
      organisation: this.organisations.get(org.code)!,
      team: this.teams.get(teamKey(org.code, team.name))!.team,
      jobTitle: roleSpec(post.role).title,
      employmentType: post.type,
      hoursPerWeek: this.hours(post),
      startDate: this.daysAgo(this.startedDaysAgo(post)),
      lineManager,
    });
    this.out.assignments.push(post.assignment);
  }

  private hours(post: Post): number {
    const { faker } = this;
    if (post.type === EmploymentType.VOLUNTEER) return faker.helpers.arrayElement(VOLUNTEER_HOURS);
    if (post.type !== EmploymentType.STAFF || post.manages || faker.datatype.boolean({ probability: 0.7 })) {
      return post.org.fullTimeHours;
    }
    return faker.helpers.arrayElement(PART_TIME.filter((h) => h < post.org.fullTimeHours));
  }

  /** Start dates over the last eight years; students and agency staff are recent. */
  private startedDaysAgo(post: Post): number {
    const int = (min: number, max: number) => this.faker.number.int({ min, max });
    if (post.type === EmploymentType.STUDENT) return int(20, 300);
    if (post.type === EmploymentType.AGENCY) return int(14, 540);
    return int(post.manages ? 365 : 14, 8 * 365);
  }

  /** Secondments into hub teams, and staff who volunteer with a partner: one person, two jobs. */
  private addSecondJobs(): void {
    for (const job of SECOND_JOBS) {
      const holder = this.teams
        .get(teamKey(...job.from))!
        .posts.filter((p) => p.role === job.role && !p.manages)
        .sort((a, b) => a.assignment!.startDate.localeCompare(b.assignment!.startDate))[job.nth];
      const servedDays = this.daysSince(holder.assignment!.startDate);
      const [organisation, teamName] = job.to;
      const assignment = new JobAssignment(holder.person, {
        organisation: this.organisations.get(organisation)!,
        team: this.teams.get(teamKey(...job.to))!.team,
        jobTitle: job.title ?? roleSpec(job.as).title,
        employmentType: job.type,
        hoursPerWeek: job.hoursPerWeek,
        startDate: this.daysAgo(this.faker.number.int({ min: 14, max: Math.min(servedDays, 3 * 365) })),
        lineManager: this.lineManagerFor(organisation, teamName, job.type === EmploymentType.VOLUNTEER),
      });
      const org = ORGANISATIONS.find((o) => o.code === organisation)!;
      const team = TEAMS.find((t) => t.organisation === organisation && t.name === teamName)!;
      this.posts.push({ person: holder.person, org, team, role: job.as, type: job.type, manages: false, assignment });
      this.out.assignments.push(assignment);
    }
  }

  /** A few people who manage nobody and hold one job have moved on; their history stays. */
  private endLeavers(): void {
    const lineManagers = new Set(this.out.assignments.map((a) => a.lineManager?.id));
    const eligible = this.posts.filter(
      (post) =>
        this.postsOf(post.person).length === 1 &&
        !lineManagers.has(post.person.id) &&
        !post.person.user &&
        this.daysSince(post.assignment!.startDate) > 180,
    );
    for (const { assignment } of this.faker.helpers.arrayElements(eligible, LEAVERS)) {
      const served = this.daysSince(assignment!.startDate);
      assignment!.end(this.daysAgo(this.faker.number.int({ min: 7, max: served - 90 })));
    }
  }

  /**
   * Volunteers and front-line staff have a DBS check at the strongest level any of their jobs
   * needs. A recent starter's came just before they started; others have been rechecked since,
   * and a few are overdue, as in any real partnership.
   */
  private checkDbs(person: Person): void {
    const posts = this.postsOf(person);
    const needed = posts.map((p) => roleSpec(p.role).dbs);
    const level = DBS_ORDER.findLast((l) => needed.includes(l));
    if (!level) return;
    const { dbsRecheckYears } = this.options;
    const served = Math.max(...posts.map((p) => this.daysSince(p.assignment!.startDate)));
    const certificateDate =
      served < dbsRecheckYears * 365
        ? this.daysAgo(served + this.faker.number.int({ min: 7, max: 45 }))
        : this.daysAgo(this.faker.number.int({ min: 0, max: dbsRecheckYears * 365 + 180 }));
    const volunteer = posts.every((p) => p.type === EmploymentType.VOLUNTEER);
    const details = {
      level,
      certificateNumber: this.faker.string.numeric({ length: 12, allowLeadingZeros: false }),
      certificateDate,
      updateService: this.faker.datatype.boolean({ probability: volunteer ? 0.35 : 0.55 }),
    };
    this.out.dbsChecks.push(new DbsCheck(person, details, dbsRecheckYears));
  }

  private postsOf(person: Person): Post[] {
    return this.posts.filter((p) => p.person === person);
  }

  private daysAgo(days: number): IsoDate {
    return new Date(Date.parse(this.options.today) - days * DAY).toISOString().slice(0, 10);
  }

  private daysSince(date: IsoDate): number {
    return Math.round((Date.parse(this.options.today) - Date.parse(date)) / DAY);
  }
}
