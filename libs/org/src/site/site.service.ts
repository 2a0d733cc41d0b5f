import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, ref } from '@mikro-orm/core';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import type { Actor } from '@kindred/auth';
import { likePattern } from '../graphql/inputs';
import { Room, Site } from './site.entity';
import type { AddRoomInput, SiteInput, SiteListArgs, UpdateRoomInput, UpdateSiteInput } from './site.types';

const SORTABLE = ['name', 'kind', 'locality', 'createdAt'] as const;

@Injectable()
export class SiteService {
  constructor(private readonly em: EntityManager) {}

  async list(args: SiteListArgs): Promise<ListPage<Site>> {
    const where: FilterQuery<Site> = {};
    const f = args.filter;
    if (f?.q) {
      const like = likePattern(f.q);
      where.$or = [
        { name: { $ilike: like } },
        { town: { $ilike: like } },
        { postcode: { $ilike: like } },
        { locality: { $ilike: like } },
      ];
    }
    if (f?.kinds?.length) where.kind = { $in: f.kinds };
    if (f?.hubId) where.hub = f.hubId;
    if (f?.ids) where.id = { $in: f.ids };
    const [nodes, totalCount] = await this.em.findAndCount(Site, where, {
      ...pageOptions(args, SORTABLE, 'name'),
      populate: ['rooms', 'hub'],
    });
    return { nodes, totalCount };
  }

  get(id: string): Promise<Site | null> {
    return this.em.findOne(Site, { id }, { populate: ['rooms', 'hub'] });
  }

  async create(actor: Actor, input: SiteInput): Promise<Site> {
    await this.assertNameFree(input.name);
    const site = new Site(ref(Partnership, actor.partnershipId), input);
    await this.apply(site, input);
    await this.em.persistAndFlush(site);
    return site;
  }

  async update(input: UpdateSiteInput): Promise<Site> {
    const site = await this.require(input.id);
    await this.assertNameFree(input.name, site.id);
    site.kind = input.kind;
    site.describe(input.name, input.locality);
    await this.apply(site, input);
    await this.em.flush();
    return site;
  }

  async addRoom(input: AddRoomInput): Promise<Room> {
    const site = await this.require(input.siteId);
    this.assertRoomNameFree(site, input.name);
    const room = new Room(site, input);
    site.rooms.add(room);
    await this.em.flush();
    return room;
  }

  async updateRoom(input: UpdateRoomInput): Promise<Room> {
    const room = await this.em.findOne(Room, { id: input.id }, { populate: ['site.rooms'] });
    if (!room) throw new NotFoundError('Room', input.id);
    this.assertRoomNameFree(room.site.getEntity(), input.name, room.id);
    room.update(input);
    await this.em.flush();
    return room;
  }

  async removeRoom(id: string): Promise<boolean> {
    const room = await this.em.findOne(Room, { id });
    if (!room) throw new NotFoundError('Room', id);
    await this.em.removeAndFlush(room);
    return true;
  }

  private async apply(site: Site, input: SiteInput): Promise<void> {
    const hub = input.hubId ? await this.require(input.hubId, 'Family hub') : null;
    site.attachTo(hub);
    site.addressLine1 = input.addressLine1 || null;
    site.addressLine2 = input.addressLine2 || null;
    site.town = input.town || null;
    site.postcode = input.postcode ? input.postcode.toUpperCase().replace(/^(.+?)\s*(\d[A-Z]{2})$/, '$1 $2') : null;
  }

  private async require(id: string, what = 'Site'): Promise<Site> {
    const site = await this.em.findOne(Site, { id }, { populate: ['rooms'] });
    if (!site) throw new NotFoundError(what, id);
    return site;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(Site, {
      name: { $ilike: name.trim() },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`There is already a site called ${clash.name}.`);
  }

  private assertRoomNameFree(site: Site, name: string, exceptId?: string): void {
    const clash = site.rooms
      .getItems()
      .find((r) => r.id !== exceptId && r.name.toLowerCase() === name.trim().toLowerCase());
    if (clash) throw new ConflictError(`${site.name} already has a room called ${clash.name}.`);
  }
}
