import { authEntities } from '@kindred/auth';

/** Every entity of every lib: what migrations are generated from and checked against. */
export const allEntities = [...authEntities];
