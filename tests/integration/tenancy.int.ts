import { ref } from '@mikro-orm/core';
import { Role, RoleGrant, User } from '@kindred/auth';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { setUpTestApi, type TestApi } from '@kindred/testing';

describe('the tenancy filter', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let northshire: Partnership;
  let southvale: Partnership;
  let southvaleUser: User;

  beforeAll(async () => {
    api = context.api;
    const em = api.em();
    northshire = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    southvale = await em.findOneOrFail(Partnership, { slug: 'southvale' }, { filters: false });
    southvaleUser = new User(ref(southvale), 'coordinator@southvale.example', 'Southvale coordinator');
    southvaleUser.grant(Role.VOLUNTEER_COORDINATOR);
    await em.persistAndFlush(southvaleUser);
  });

  it('refuses to read partnership-owned rows when no partnership is in context', async () => {
    await expect(api.em().find(User, {})).rejects.toThrow('No partnership in context for a query of User.');
    await expect(api.em().count(RoleGrant, {})).rejects.toThrow('No partnership in context');
  });

  it("scopes reads to the context's partnership, whatever the query asks for", async () => {
    const em = api.em();
    scopeToPartnership(em, southvale.id);
    expect((await em.find(User, {})).map((u) => u.email)).toEqual(['coordinator@southvale.example']);
    expect(await em.find(User, { partnership: northshire.id })).toEqual([]);
    expect(await em.count(RoleGrant, {})).toBe(1);
    expect((await em.find(Partnership, {})).map((p) => p.slug)).toEqual(['southvale']);
  });

  it("scopes updates and deletes too: another partnership's rows are untouched", async () => {
    const em = api.em();
    scopeToPartnership(em, northshire.id);
    expect(await em.nativeUpdate(User, { id: southvaleUser.id }, { displayName: 'Renamed' })).toBe(0);
    expect(await em.nativeDelete(User, { id: southvaleUser.id })).toBe(0);
    const check = await api.em().findOneOrFail(User, { id: southvaleUser.id }, { filters: false });
    expect(check.displayName).toBe('Southvale coordinator');
  });
});
