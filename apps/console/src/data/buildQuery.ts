import { parse, type IntrospectionField, type IntrospectionType, type IntrospectionTypeRef } from 'graphql';
import type { BuildQuery, BuildQueryFactory, BuildQueryResult, IntrospectionResult } from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  HttpError,
  UPDATE,
  type Identifier,
  type RaRecord,
  type SortPayload,
} from 'react-admin';

/**
 * The API conventions (README.md, "API conventions"):
 *   list:     xs(filter, sort: { field, order }, page (1-based), perPage) → { nodes, totalCount }
 *   one:      x(id) → X or null
 *   mutation: createX / updateX / deleteX(input: {...})
 * Only the arguments a field declares are sent, so lists without filter or sort still work.
 *
 * References: the API reads them as objects (`team.organisation { id name }`) and writes them as ids
 * (`TeamInput.organisationId`). Every record read gets `organisationId` (etc.) next to each object
 * field it selected, so forms edit `organisationId` with a ReferenceInput and the input keeps it.
 */

type Types = Map<string, IntrospectionType>;
type Variables = Record<string, unknown>;

/** Nested objects are selected this deep, which covers branding/policies without cycles. */
const MAX_DEPTH = 3;

const namedType = (ref: IntrospectionTypeRef): string =>
  ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? namedType(ref.ofType) : ref.name;

const typeLiteral = (ref: IntrospectionTypeRef): string => {
  if (ref.kind === 'NON_NULL') return `${typeLiteral(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeLiteral(ref.ofType)}]`;
  return ref.name;
};

const selectionSet = (types: Types, typeName: string, depth = 0): string => {
  const type = types.get(typeName);
  if (type?.kind !== 'OBJECT') return '';
  const fields = type.fields.flatMap((field) => {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null)) return [];
    const inner = types.get(namedType(field.type));
    if (inner?.kind === 'INTERFACE' || inner?.kind === 'UNION') return [];
    if (inner?.kind !== 'OBJECT') return [field.name];
    if (depth >= MAX_DEPTH) return [];
    const nested = selectionSet(types, inner.name, depth + 1);
    return nested ? [`${field.name} ${nested}`] : [];
  });
  return fields.length > 0 ? `{ ${fields.join(' ')} }` : '';
};

/** Keeps only what an input type declares (drops __typename, read-only fields…), recursively. */
const toInput = (types: Types, ref: IntrospectionTypeRef, value: unknown): unknown => {
  if (value === null || value === undefined) return value;
  if (ref.kind === 'NON_NULL') return toInput(types, ref.ofType, value);
  if (ref.kind === 'LIST') {
    return Array.isArray(value) ? value.map((item) => toInput(types, ref.ofType, item)) : value;
  }
  const type = types.get(ref.name);
  if (type?.kind !== 'INPUT_OBJECT' || typeof value !== 'object') return value;
  return Object.fromEntries(
    type.inputFields.flatMap((field) => {
      const v = (value as Variables)[field.name];
      return v === undefined ? [] : [[field.name, toInput(types, field.type, v)]];
    }),
  );
};

/** `organisationId: organisation?.id ?? null` for every single-object field the record has. */
const withReferenceIds = (types: Types, typeName: string, record: unknown): RaRecord => {
  const type = types.get(typeName);
  if (type?.kind !== 'OBJECT' || !record || typeof record !== 'object') return record as RaRecord;
  const names = new Set(type.fields.map((f) => f.name));
  const ids = type.fields.flatMap((field) => {
    const ref = field.type.kind === 'NON_NULL' ? field.type.ofType : field.type;
    const target = ref.kind === 'OBJECT' ? types.get(ref.name) : undefined;
    const idField = `${field.name}Id`;
    if (target?.kind !== 'OBJECT' || names.has(idField) || !(field.name in record)) return [];
    if (!target.fields.some((f) => f.name === 'id')) return [];
    const value = (record as Variables)[field.name] as { id?: Identifier } | null;
    return [[idField, value?.id ?? null]];
  });
  return { ...(record as RaRecord), ...Object.fromEntries(ids) };
};

const operation = (
  types: Types,
  kind: 'query' | 'mutation',
  field: IntrospectionField,
  wanted: Variables,
  selection?: string,
): Pick<BuildQueryResult, 'query' | 'variables'> => {
  const args = field.args.filter((arg) => wanted[arg.name] !== undefined);
  const variables = Object.fromEntries(args.map((arg) => [arg.name, toInput(types, arg.type, wanted[arg.name])]));
  const declared = args.map((arg) => `$${arg.name}: ${typeLiteral(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const text = `${kind} ${field.name}${declared && `(${declared})`} {
    ${field.name}${passed && `(${passed})`} ${selection ?? selectionSet(types, namedType(field.type))}
  }`;
  return { query: parse(text), variables };
};

interface ListResult {
  nodes: RaRecord[];
  totalCount: number;
}

/**
 * Hand-written selection sets for a resource, e.g. `{ id name organisation { id name } }`: `list`
 * for lists and references, `one` for a single record and mutation results. Without them every
 * field is selected a few levels deep, which for linked types (people → jobs → line managers → …)
 * asks for far more than a page shows and can exceed the API's query cost limit.
 */
export interface Selections {
  list?: string;
  one?: string;
}

export const makeBuildQuery =
  (selections: Partial<Record<string, Selections>> = {}): BuildQueryFactory =>
  (introspection) =>
    queriesFor(introspection, selections);

const queriesFor = (
  introspection: IntrospectionResult,
  selections: Partial<Record<string, Selections>>,
): BuildQuery => {
  const types: Types = new Map(introspection.types.map((type) => [type.name, type]));

  return (method, resourceName, params) => {
    const resource = introspection.resources.find((r) => r.type.name === resourceName) as
      Partial<Record<string, IntrospectionField>> | undefined;
    const field = resource?.[method];
    if (!field) throw new Error(`The Kindred API does not offer ${resourceName} (${method}) yet.`);
    const pick = (response: { data: Record<string, unknown> }) => response.data[field.name];
    const record = (value: unknown) => withReferenceIds(types, resourceName, value);
    const one = selections[resourceName]?.one;
    const listItem = selections[resourceName]?.list;
    const listSelection = listItem && `{ nodes ${listItem} totalCount }`;

    const list = (filter: Variables, sort: SortPayload | undefined, page: number, perPage: number) => ({
      ...operation(
        types,
        'query',
        field,
        {
          filter,
          // react-admin sorts by `id` when a page names no sort; the API's own default order is better.
          sort: sort?.field && sort.field !== 'id' ? { field: sort.field, order: sort.order } : undefined,
          page,
          perPage,
        },
        listSelection,
      ),
      parseResponse: (response: { data: Record<string, unknown> }) => {
        const { nodes, totalCount } = pick(response) as ListResult;
        return { data: nodes.map(record), total: totalCount };
      },
    });

    switch (method) {
      case GET_LIST:
        return list(params.filter ?? {}, params.sort, params.pagination.page, params.pagination.perPage);
      case GET_MANY_REFERENCE:
        return list(
          { ...params.filter, [params.target]: params.id },
          params.sort,
          params.pagination.page,
          params.pagination.perPage,
        );
      case GET_MANY: {
        const ids = (params.ids as Identifier[]).map(String);
        const query = list({ ids }, undefined, 1, Math.max(ids.length, 1));
        return {
          ...query,
          // Also filtered here in case a list takes no `ids` filter.
          parseResponse: (response) => ({
            data: query.parseResponse(response).data.filter((r) => ids.includes(String(r.id))),
          }),
        };
      }
      case GET_ONE:
        return {
          ...operation(types, 'query', field, { id: params.id }, one),
          parseResponse: (response) => {
            const found = pick(response);
            if (!found) throw new HttpError('ra.notification.item_doesnt_exist', 404);
            return { data: record(found) };
          },
        };
      case CREATE:
        return {
          ...operation(types, 'mutation', field, { input: params.data }, one),
          parseResponse: (response) => ({ data: record(pick(response)) }),
        };
      case UPDATE:
        return {
          ...operation(types, 'mutation', field, { input: { ...params.data, id: params.id } }, one),
          parseResponse: (response) => ({ data: record(pick(response)) }),
        };
      case DELETE:
        return {
          ...operation(types, 'mutation', field, { input: { id: params.id } }),
          parseResponse: (response) => {
            const result = pick(response);
            return { data: typeof result === 'object' && result ? result : params.previousData };
          },
        };
      default:
        throw new Error(`The console does not support ${method} (${resourceName}).`);
    }
  };
};
