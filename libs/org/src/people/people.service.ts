import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, type QueryBuilder } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { AppConfig } from '@kindred/config';
import { BadInputError, ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { type Action, type Actor, scopeFor } from '@kindred/auth';
import { OrganisationAccess } from '../access/organisation-access';
import { AuditEntry } from '../audit/audit-entry.entity';
import { changesBetween, recordAudit } from '../audit/audit-trail';
import { assignmentFields, personFields } from '../audit/snapshots';
import { likePattern } from '../graphql/inputs';
import { Organisation } from '../organisation/organisation.entity';
import { Team } from '../team/team.entity';
import { DbsCheck } from './dbs-check.entity';
import { type AssignmentDetails, JobAssignment } from './job-assignment.entity';
import { Person } from './person.entity';
import type {
  AddJobAssignmentInput,
  CreatePersonInput,
  EndJobAssignmentInput,
  JobAssignmentInput,
  PeopleListArgs,
  PersonAuditArgs,
  PersonDetailsInput,
  RecordDbsCheckInput,
  UpdateJobAssignmentInput,
  UpdatePersonInput,
} from './person.types';

const SORTABLE = ['familyName', 'givenName', 'email', 'employeeNumber', 'createdAt'] as const;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * People and their jobs. Every read is narrowed to what the caller may see (their partnership;
 * a partner admin's organisation; a learner's own record) and every change is audited in the same
 * transaction.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, args: PeopleListArgs): Promise<ListPage<Person>> {
    const qb = this.visible(actor, 'person.read');
    const f = args.filter ?? {};
    if (f.q) {
      const like = likePattern(f.q);
      qb.andWhere({
        $or: [
          { givenName: { $ilike: like } },
          { familyName: { $ilike: like } },
          { email: { $ilike: like } },
          { employeeNumber: { $ilike: like } },
        ],
      });
    }
    if (f.ids) qb.andWhere({ id: { $in: f.ids } });
    const conditions: string[] = [];
    const params: unknown[] = [];
    const among = (sql: string, values: readonly string[] | undefined) => {
      if (!values) return;
      // The query builder spreads an array over `(?)`; an empty list matches nothing.
      conditions.push(values.length > 0 ? sql : 'false');
      if (values.length > 0) params.push(values);
    };
    among('ja.organisation_id in (?)', f.organisationIds);
    among('ja.team_id in (?)', f.teamIds);
    among('ja.team_id in (select t.id from team t where t.site_id in (?))', f.siteIds);
    among('ja.employment_type in (?)', f.employmentTypes);
    const active = 'ja.start_date <= ?::date and (ja.end_date is null or ja.end_date >= ?::date)';
    if (f.active === true) {
      conditions.push(active);
      params.push(today(), today());
    }
    if (conditions.length > 0) qb.andWhere(`exists (${this.assignmentsWhere(conditions)})`, params);
    if (f.active === false) qb.andWhere(`not exists (${this.assignmentsWhere([active])})`, [today(), today()]);

    const { limit, offset, orderBy } = pageOptions(args, SORTABLE, 'familyName');
    const [nodes, totalCount] = await qb.orderBy(orderBy).limit(limit).offset(offset).getResultAndCount();
    return { nodes, totalCount };
  }

  /** Null when the person does not exist or is not the caller's to see. */
  async get(actor: Actor, id: string): Promise<Person | null> {
    return this.visible(actor, 'person.read').andWhere({ id }).getSingleResult();
  }

  async create(actor: Actor, input: CreatePersonInput): Promise<Person> {
    await this.assertUnique(input);
    const person = new Person(ref(Partnership, actor.partnershipId), input);
    const assignment = new JobAssignment(person, await this.assignmentDetails(actor, input.assignment, person));
    person.assignments.add(assignment);
    this.em.persist(person);
    this.record(actor, person, 'CREATED', 'Person', person.id, {}, personFields(person));
    this.record(actor, person, 'CREATED', 'JobAssignment', assignment.id, {}, assignmentFields(assignment));
    await this.em.flush();
    return person;
  }

  async update(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    const person = await this.writable(actor, input.id, 'person.write');
    await this.assertUnique(input, person.id);
    const before = personFields(person);
    person.update(input);
    this.record(actor, person, 'UPDATED', 'Person', person.id, before, personFields(person));
    await this.em.flush();
    return person;
  }

  async addAssignment(actor: Actor, input: AddJobAssignmentInput): Promise<JobAssignment> {
    const person = await this.em.findOne(Person, { id: input.personId });
    if (!person) throw new NotFoundError('Person', input.personId);
    // The new job must be in the actor's reach (checked with its details): that is how a partner
    // admin takes on a secondee from another organisation, and all they can do to such a person.
    const assignment = new JobAssignment(person, await this.assignmentDetails(actor, input, person));
    person.assignments.add(assignment);
    this.record(actor, person, 'CREATED', 'JobAssignment', assignment.id, {}, assignmentFields(assignment));
    await this.em.flush();
    return assignment;
  }

  async updateAssignment(actor: Actor, input: UpdateJobAssignmentInput): Promise<JobAssignment> {
    const assignment = await this.writableAssignment(actor, input.id);
    const person = assignment.person.getEntity();
    const before = assignmentFields(assignment);
    assignment.update(await this.assignmentDetails(actor, input, person));
    this.record(actor, person, 'UPDATED', 'JobAssignment', assignment.id, before, assignmentFields(assignment));
    await this.em.flush();
    return assignment;
  }

  async endAssignment(actor: Actor, input: EndJobAssignmentInput): Promise<JobAssignment> {
    const assignment = await this.writableAssignment(actor, input.id);
    const person = assignment.person.getEntity();
    const before = assignmentFields(assignment);
    assignment.end(input.endDate);
    this.record(actor, person, 'ENDED', 'JobAssignment', assignment.id, before, assignmentFields(assignment));
    await this.em.flush();
    return assignment;
  }

  async recordDbsCheck(actor: Actor, input: RecordDbsCheckInput): Promise<DbsCheck> {
    const person = await this.writable(actor, input.personId, 'dbs.write');
    const settings = this.config.partnership(
      (await this.em.findOneOrFail(Partnership, { id: actor.partnershipId })).slug,
    );
    const check = new DbsCheck(person, input, settings?.policies.dbsRecheckYears ?? 3);
    person.dbsChecks.add(check);
    this.record(
      actor,
      person,
      'CREATED',
      'DbsCheck',
      check.id,
      {},
      {
        level: check.level,
        certificateDate: check.certificateDate,
        updateService: check.updateService,
        recheckDue: check.recheckDue,
      },
    );
    await this.em.flush();
    return check;
  }

  async assignments(person: Person): Promise<JobAssignment[]> {
    const items = (await person.assignments.load({ populate: ['organisation', 'team', 'lineManager'] })).getItems();
    return items.sort((a, b) => b.startDate.localeCompare(a.startDate));
  }

  /** DBS details only for those who keep safer-recruitment records; others see none. */
  async dbsChecks(actor: Actor, person: Person): Promise<DbsCheck[] | null> {
    if (!scopeFor('dbs.read', actor.grants)) return null;
    const access = OrganisationAccess.of(actor, 'dbs.read');
    if (!access.partnershipWide && !(await this.inReach(person, access))) return null;
    return (await person.dbsChecks.load())
      .getItems()
      .sort((a, b) => b.certificateDate.localeCompare(a.certificateDate));
  }

  async audit(actor: Actor, args: PersonAuditArgs): Promise<ListPage<AuditEntry>> {
    const person = await this.em.findOne(Person, { id: args.personId });
    const access = OrganisationAccess.of(actor, 'audit.read');
    if (!person || (!access.partnershipWide && !(await this.inReach(person, access))))
      return { nodes: [], totalCount: 0 };
    const [nodes, totalCount] = await this.em.findAndCount(
      AuditEntry,
      { personId: person.id },
      { orderBy: { createdAt: 'DESC', id: 'DESC' }, limit: args.perPage, offset: (args.page - 1) * args.perPage },
    );
    return { nodes, totalCount };
  }

  /** People the actor may see for an action, as a query to narrow further. */
  private visible(actor: Actor, action: Action): QueryBuilder<Person> {
    const qb = this.em.createQueryBuilder(Person, 'p').where({ partnership: actor.partnershipId });
    const scope = scopeFor(action, actor.grants);
    if (scope === 'OWN') return qb.andWhere({ user: actor.userId });
    const reach = OrganisationAccess.of(actor, action).organisationIds;
    if (reach && reach.length === 0) return qb.andWhere('false');
    if (reach) qb.andWhere(`exists (${this.assignmentsWhere(['ja.organisation_id in (?)'])})`, [reach]);
    return qb;
  }

  private assignmentsWhere(conditions: string[]): string {
    return `select 1 from job_assignment ja where ja.person_id = p.id and ${conditions.join(' and ')}`;
  }

  private async inReach(person: Person, access: OrganisationAccess): Promise<boolean> {
    const assignments = await this.em.find(JobAssignment, { person });
    return assignments.some((a) => access.reaches(a.organisation.id));
  }

  /** A person the actor may change: in their partnership and, for partner admins, their organisation. */
  private async writable(actor: Actor, id: string, action: Action): Promise<Person> {
    const person = await this.em.findOne(Person, { id });
    if (!person) throw new NotFoundError('Person', id);
    const access = OrganisationAccess.of(actor, action);
    if (!access.partnershipWide && !(await this.inReach(person, access))) throw new NotFoundError('Person', id);
    return person;
  }

  private async writableAssignment(actor: Actor, id: string): Promise<JobAssignment> {
    const assignment = await this.em.findOne(JobAssignment, { id }, { populate: ['person', 'organisation'] });
    if (!assignment) throw new NotFoundError('Job assignment', id);
    const access = OrganisationAccess.of(actor, 'person.write');
    if (!access.reaches(assignment.organisation.id)) throw new NotFoundError('Job assignment', id);
    return assignment;
  }

  private async assignmentDetails(actor: Actor, input: JobAssignmentInput, person: Person): Promise<AssignmentDetails> {
    const organisation = await this.em.findOne(Organisation, { id: input.organisationId });
    if (!organisation) throw new NotFoundError('Organisation', input.organisationId);
    OrganisationAccess.of(actor, 'person.write').assertReaches(organisation.id, organisation.name);
    const team = input.teamId ? await this.em.findOne(Team, { id: input.teamId }) : null;
    if (input.teamId && !team) throw new NotFoundError('Team', input.teamId);
    const lineManager = input.lineManagerId ? await this.em.findOne(Person, { id: input.lineManagerId }) : null;
    if (input.lineManagerId && !lineManager) throw new NotFoundError('Line manager', input.lineManagerId);
    if (lineManager && lineManager.id === person.id)
      throw new BadInputError('A person cannot be their own line manager.');
    return { ...input, organisation, team, lineManager };
  }

  private async assertUnique(input: PersonDetailsInput, exceptId?: string): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const employeeNumber = input.employeeNumber?.trim() || null;
    const clash = await this.em.findOne(Person, {
      $or: [{ email }, ...(employeeNumber ? [{ employeeNumber }] : [])],
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) {
      throw new ConflictError(
        clash.email === email
          ? `${clash.fullName} already has the email ${email}.`
          : `${clash.fullName} already has employee number ${employeeNumber}.`,
      );
    }
  }

  /** Adds the audit entry for a change to the unit of work it commits with. */
  private record(
    actor: Actor,
    person: Person,
    action: 'CREATED' | 'UPDATED' | 'ENDED',
    entityType: 'Person' | 'JobAssignment' | 'DbsCheck',
    entityId: string,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): void {
    recordAudit(this.em, person.partnership, {
      personId: person.id,
      actorUserId: actor.userId,
      action,
      entityType,
      entityId,
      changes: changesBetween(before, after),
    });
  }
}
