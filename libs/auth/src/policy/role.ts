import { registerEnumType } from '@nestjs/graphql';

/** The roles a person can be granted within a partnership, optionally for one organisation. */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  WORKFORCE_LEAD = 'WORKFORCE_LEAD',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  MANAGER = 'MANAGER',
  VOLUNTEER_COORDINATOR = 'VOLUNTEER_COORDINATOR',
  SUPERVISOR = 'SUPERVISOR',
  TRAINER = 'TRAINER',
  LEARNER = 'LEARNER',
}
registerEnumType(Role, { name: 'Role' });
