import {
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';

// Sign-in, and an approver's emailed decision link: its signed, single-use token is the credential
// (tests/integration/notifications.int.ts refuses forged and reused ones).
const PUBLIC_OPERATIONS = [
  'login',
  'refreshToken',
  'logout',
  'requestSignInLink',
  'signInWithLink',
  'decideBookingByLink',
];

/** A value of the right shape for a required argument, so a request reaches the guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(type)) {
    return (
      (
        {
          ID: '00000000-0000-4000-8000-000000000000',
          Int: 1,
          Float: 1,
          Boolean: true,
          DateTime: new Date().toISOString(),
        } as Record<string, unknown>
      )[type.name] ?? 'x'
    );
  }
  throw new Error(`No sample for ${String(type)}`);
}

function selection(type: GraphQLOutputType): string {
  return isObjectType(getNamedType(type)) ? ' { __typename }' : '';
}

describe('access to the API', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  beforeAll(() => {
    api = context.api;
  });

  it('refuses every operation but sign-in and decision links to an anonymous caller', async () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const operations = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query', field })),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation', field })),
    ].filter(({ field }) => !PUBLIC_OPERATIONS.includes(field.name));
    expect(operations.length).toBeGreaterThanOrEqual(4);

    for (const { kind, field } of operations) {
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection(field.type)} }`;
      const variables = Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)]));
      const result = await api.client().request(query, variables);
      expect({ operation: field.name, code: result.errors?.[0]?.extensions?.code }).toEqual({
        operation: field.name,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('refuses an operation the caller has no role for', async () => {
    const learner = await api.loginAs(Role.LEARNER);
    const result = await learner.request('{ partnerships { totalCount } }');
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(result.data).toBeNull();
  });

  describe('between partnerships', () => {
    let northshireLead: GraphQLClient;
    let southvaleLead: GraphQLClient;
    let northshireId: string;
    let southvaleId: string;

    beforeAll(async () => {
      northshireLead = await api.loginAs(Role.WORKFORCE_LEAD);
      southvaleLead = (await api.userIn('southvale', 'lead@southvale.example', [Role.WORKFORCE_LEAD])).client;
      const rows = await api.em().find(Partnership, {}, { filters: false });
      northshireId = rows.find((p) => p.slug === 'northshire')!.id;
      southvaleId = rows.find((p) => p.slug === 'southvale')!.id;
    });

    it('lists only the caller’s own partnership', async () => {
      const query = '{ partnerships(perPage: 100) { totalCount nodes { id name policies { minimumNoticeDays } } } }';
      expect((await southvaleLead.data(query)).partnerships).toEqual({
        totalCount: 1,
        nodes: [{ id: southvaleId, name: 'Southvale Family Hubs', policies: { minimumNoticeDays: 21 } }],
      });
      expect((await northshireLead.data(query)).partnerships.nodes.map((p: { id: string }) => p.id)).toEqual([
        northshireId,
      ]);
    });

    it('answers another partnership’s id with nothing, not an error that reveals it exists', async () => {
      const query = 'query($id: ID!) { partnership(id: $id) { name } }';
      const cross = await southvaleLead.request(query, { id: northshireId });
      const unknown = await southvaleLead.request(query, { id: '6f1c2b9e-0000-4000-8000-000000000000' });
      expect(cross).toEqual({ data: { partnership: null } });
      expect(unknown).toEqual(cross);
      expect((await southvaleLead.data(query, { id: southvaleId })).partnership.name).toBe('Southvale Family Hubs');
    });

    it('filters by ids without reaching across', async () => {
      const result = await southvaleLead.data(
        'query($ids: [ID!]) { partnerships(filter: { ids: $ids }) { totalCount } }',
        {
          ids: [northshireId, southvaleId],
        },
      );
      expect(result.partnerships.totalCount).toBe(1);
    });
  });

  describe('bad input', () => {
    let lead: GraphQLClient;
    beforeAll(async () => {
      lead = await api.loginAs(Role.WORKFORCE_LEAD);
    });

    it.each([
      ['an id that is not a uuid', '{ partnership(id: "nope") { id } }', /uuid/],
      [
        'a page size over the limit',
        '{ partnerships(perPage: 501) { totalCount } }',
        /perPage must not be greater than 500/,
      ],
      ['page zero', '{ partnerships(page: 0) { totalCount } }', /page/],
      [
        'sorting by an unknown field',
        '{ partnerships(sort: { field: "passwordHash" }) { totalCount } }',
        /Sort by one of: name, slug, createdAt/,
      ],
      ['a field that does not exist', '{ partnerships { secret } }', /secret/],
      ['a wrong argument type', '{ partnerships(page: "two") { totalCount } }', /Int/],
      ['a query that does not parse', '{ partnerships { ', /Syntax Error/],
    ])('answers %s with BAD_USER_INPUT', async (_, query, message) => {
      const result = await lead.request(query);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(message);
      expect(JSON.stringify(result)).not.toMatch(/\bat .+\.js:\d+/);
    });
  });

  it('answers a variable the input does not declare with HTTP 400, not a server error', async () => {
    const lead = await api.loginAs(Role.WORKFORCE_LEAD);
    const token = lead.accessToken!;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: RoleGrantInput!) { grantRole(input: $input) { id } }',
        variables: {
          input: { userId: '00000000-0000-4000-8000-000000000000', role: 'LEARNER', __typename: 'RoleGrant' },
        },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/__typename/);
  });

  it('serves health checks, security headers and a request id', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`, { headers: { 'x-request-id': 'trace-me-123' } });
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
    });
    expect(ready.headers.get('x-request-id')).toBe('trace-me-123');
    expect(ready.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ready.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('query limits', () => {
  const context = setUpTestApi({
    seedDemo: true,
    configure: (config) => Object.assign(config.graphql, { maxDepth: 3, maxComplexity: 40 }),
  });
  let api: TestApi;
  beforeAll(() => {
    api = context.api;
  });

  it('refuses a query deeper than the limit and accepts one within it', async () => {
    const lead = await api.loginAs(Role.WORKFORCE_LEAD);
    const deep = await lead.request('{ me { partnership { branding { primaryColour } } } }');
    expect(deep.errors?.[0]).toMatchObject({
      message: 'This query is 4 levels deep; the limit is 3.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await lead.data('{ me { partnership { name } } }')).me.partnership.name).toBe(
      'Northshire Family Hubs Partnership',
    );
  });

  it('prices a list by its page size', async () => {
    const lead = await api.loginAs(Role.WORKFORCE_LEAD);
    const costly = await lead.request('{ partnerships(perPage: 50) { nodes { id name slug } } }');
    expect(costly.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0].message).toMatch(/cost \d+; the limit is 40/);
    expect(
      (await lead.data('{ partnerships(perPage: 5) { nodes { id name slug } } }')).partnerships.nodes,
    ).toHaveLength(1);
  });
});
