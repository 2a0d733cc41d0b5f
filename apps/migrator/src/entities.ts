import { authEntities } from '@kindred/auth';
import { Notification } from '@kindred/notify';
import { orgEntities } from '@kindred/org';
import { skillsEntities } from '@kindred/skills';
import { trainingEntities } from '@kindred/training';

/** Every entity of every lib: what migrations are generated from and checked against. */
export const allEntities = [...authEntities, ...orgEntities, ...skillsEntities, ...trainingEntities, Notification];
