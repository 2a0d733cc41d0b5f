import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import type { Actor } from '@kindred/auth';
import { OrganisationAccess } from '../access/organisation-access';
import { likePattern, sameTextPattern } from '../graphql/inputs';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../people/person.entity';
import { Site } from '../site/site.entity';
import { Team } from './team.entity';
import type { TeamInput, TeamListArgs, UpdateTeamInput } from './team.types';

const SORTABLE = ['name', 'createdAt'] as const;

@Injectable()
export class TeamService {
  constructor(private readonly em: EntityManager) {}

  async list(args: TeamListArgs): Promise<ListPage<Team>> {
    const where: FilterQuery<Team> = {};
    const f = args.filter;
    if (f?.q) where.name = { $ilike: likePattern(f.q) };
    if (f?.organisationIds) where.organisation = { $in: f.organisationIds };
    if (f?.siteIds) where.site = { $in: f.siteIds };
    if (f?.ids) where.id = { $in: f.ids };
    const [nodes, totalCount] = await this.em.findAndCount(Team, where, {
      ...pageOptions(args, SORTABLE, 'name'),
      populate: ['organisation', 'site', 'manager'],
    });
    return { nodes, totalCount };
  }

  get(id: string): Promise<Team | null> {
    return this.em.findOne(Team, { id }, { populate: ['organisation', 'site', 'manager'] });
  }

  async create(actor: Actor, input: TeamInput): Promise<Team> {
    const organisation = await this.organisationFor(actor, input.organisationId);
    await this.assertNameFree(organisation, input.name);
    const team = new Team(organisation, input.name);
    await this.apply(team, input);
    await this.em.persistAndFlush(team);
    return team;
  }

  async update(actor: Actor, input: UpdateTeamInput): Promise<Team> {
    const team = await this.em.findOne(Team, { id: input.id }, { populate: ['organisation'] });
    if (!team) throw new NotFoundError('Team', input.id);
    const organisation = await this.organisationFor(actor, team.organisation.id);
    await this.assertNameFree(organisation, input.name, team.id);
    team.rename(input.name);
    await this.apply(team, input);
    await this.em.flush();
    return team;
  }

  private async organisationFor(actor: Actor, id: string): Promise<Organisation> {
    const organisation = await this.em.findOne(Organisation, { id });
    if (!organisation) throw new NotFoundError('Organisation', id);
    OrganisationAccess.of(actor, 'team.write').assertReaches(organisation.id, organisation.name);
    return organisation;
  }

  private async apply(
    team: Team,
    input: Pick<TeamInput, 'siteId' | 'managerId' | 'trainingAwayLimitPercent'>,
  ): Promise<void> {
    const site = input.siteId ? await this.em.findOne(Site, { id: input.siteId }) : null;
    if (input.siteId && !site) throw new NotFoundError('Site', input.siteId);
    const manager = input.managerId ? await this.em.findOne(Person, { id: input.managerId }) : null;
    if (input.managerId && !manager) throw new NotFoundError('Person', input.managerId);
    team.baseAt(site);
    team.managedBy(manager);
    if (input.trainingAwayLimitPercent !== undefined) team.limitTrainingAway(input.trainingAwayLimitPercent);
  }

  private async assertNameFree(organisation: Organisation, name: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(Team, {
      organisation,
      name: { $ilike: sameTextPattern(name) },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`${organisation.name} already has a team called ${clash.name}.`);
  }
}
