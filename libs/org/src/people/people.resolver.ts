import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, Allow, CurrentActor, toUserView, User, UserView } from '@kindred/auth';
import type { AuditEntry } from '../audit/audit-entry.entity';
import { OrganisationView } from '../organisation/organisation.types';
import { TeamView } from '../team/team.types';
import type { JobAssignment } from './job-assignment.entity';
import { PeopleService } from './people.service';
import type { Person } from './person.entity';
import {
  AddJobAssignmentInput,
  AuditEntryList,
  AuditEntryView,
  CreatePersonInput,
  DbsCheckView,
  EndJobAssignmentInput,
  JobAssignmentView,
  PeopleListArgs,
  PersonAuditArgs,
  PersonList,
  PersonView,
  RecordDbsCheckInput,
  UpdateJobAssignmentInput,
  UpdatePersonInput,
} from './person.types';

@Resolver(() => PersonView)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly em: EntityManager,
  ) {}

  @Allow('person.read')
  @Query(() => PersonList)
  people(@CurrentActor() actor: Actor, @Args() args: PeopleListArgs) {
    return this.service.list(actor, args);
  }

  @Allow('person.read')
  @Query(() => PersonView, { nullable: true })
  person(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 })) id: string,
  ) {
    return this.service.get(actor, id);
  }

  @Allow('audit.read')
  @Query(() => AuditEntryList, { description: "Every change to a person's record, newest first." })
  personAudit(@CurrentActor() actor: Actor, @Args() args: PersonAuditArgs) {
    return this.service.audit(actor, args);
  }

  @ResolveField(() => [JobAssignmentView])
  assignments(@Parent() person: Person) {
    return this.service.assignments(person);
  }

  @ResolveField(() => Boolean, { description: 'Has a job assignment today.' })
  async active(@Parent() person: Person) {
    const today = new Date().toISOString().slice(0, 10);
    return (await this.service.assignments(person)).some((a) => a.isActiveOn(today));
  }

  @ResolveField(() => Boolean, { description: 'Has an account to sign in with.' })
  hasAccount(@Parent() person: Person) {
    return person.user !== null;
  }

  @ResolveField(() => UserView, {
    nullable: true,
    description: 'The account this person signs in with, and its roles.',
  })
  async account(@Parent() person: Person) {
    if (!person.user) return null;
    const user = await this.em.findOne(User, { id: person.user.id }, { populate: ['roleGrants'] });
    return user ? toUserView(user) : null;
  }

  @ResolveField(() => [DbsCheckView], { nullable: true, description: 'Null for callers who may not see DBS details.' })
  dbsChecks(@CurrentActor() actor: Actor, @Parent() person: Person) {
    return this.service.dbsChecks(actor, person);
  }

  @Allow('person.write')
  @Mutation(() => PersonView)
  createPerson(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput) {
    return this.service.create(actor, input);
  }

  @Allow('person.write')
  @Mutation(() => PersonView)
  updatePerson(@CurrentActor() actor: Actor, @Args('input') input: UpdatePersonInput) {
    return this.service.update(actor, input);
  }

  @Allow('person.write')
  @Mutation(() => JobAssignmentView)
  addJobAssignment(@CurrentActor() actor: Actor, @Args('input') input: AddJobAssignmentInput) {
    return this.service.addAssignment(actor, input);
  }

  @Allow('person.write')
  @Mutation(() => JobAssignmentView)
  updateJobAssignment(@CurrentActor() actor: Actor, @Args('input') input: UpdateJobAssignmentInput) {
    return this.service.updateAssignment(actor, input);
  }

  @Allow('person.write')
  @Mutation(() => JobAssignmentView, { description: 'A leaver’s job ends; the record stays.' })
  endJobAssignment(@CurrentActor() actor: Actor, @Args('input') input: EndJobAssignmentInput) {
    return this.service.endAssignment(actor, input);
  }

  @Allow('dbs.write')
  @Mutation(() => DbsCheckView)
  recordDbsCheck(@CurrentActor() actor: Actor, @Args('input') input: RecordDbsCheckInput) {
    return this.service.recordDbsCheck(actor, input);
  }
}

@Resolver(() => JobAssignmentView)
export class JobAssignmentResolver {
  @ResolveField(() => OrganisationView)
  organisation(@Parent() assignment: JobAssignment) {
    return assignment.organisation.load();
  }

  @ResolveField(() => TeamView, { nullable: true })
  team(@Parent() assignment: JobAssignment) {
    return assignment.team?.load() ?? null;
  }

  @ResolveField(() => PersonView, { nullable: true })
  lineManager(@Parent() assignment: JobAssignment) {
    return assignment.lineManager?.load() ?? null;
  }

  @ResolveField(() => Float, { nullable: true })
  hoursPerWeek(@Parent() assignment: JobAssignment) {
    return assignment.hoursPerWeek === null ? null : Number(assignment.hoursPerWeek);
  }

  @ResolveField(() => Boolean, { description: 'Started and not ended today.' })
  active(@Parent() assignment: JobAssignment) {
    return assignment.isActiveOn(new Date().toISOString().slice(0, 10));
  }
}

@Resolver(() => AuditEntryView)
export class AuditEntryResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => String)
  changes(@Parent() entry: AuditEntry) {
    return JSON.stringify(entry.changes);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The user who made the change; null for Kindred itself.' })
  actorUserId(@Parent() entry: AuditEntry) {
    return entry.actorUserId;
  }

  @ResolveField(() => String, { nullable: true, description: 'The name of the user who made the change.' })
  async actorName(@Parent() entry: AuditEntry) {
    if (!entry.actorUserId) return null;
    // A reference load, so a page of entries is one batched query (the ORM's dataloader); the
    // tenancy filter still applies, so no user of another partnership is found.
    const user = await this.em.getReference(User, entry.actorUserId, { wrapped: true }).load();
    return user?.displayName ?? null;
  }
}
