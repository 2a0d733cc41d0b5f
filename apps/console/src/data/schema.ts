import { buildSchema, introspectionFromSchema } from 'graphql';
// The committed SDL the API emits; bundling it spares every page load an introspection query.
import sdl from '../../../api/schema.gql?raw';

export const introspectionSchema = introspectionFromSchema(buildSchema(sdl)).__schema;
