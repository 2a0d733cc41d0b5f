import type { User } from '../entities/user.entity';
import { permissionsFor } from '../policy/policy-table';
import type { UserView } from './auth.types';

export function toUserView(user: User): UserView {
  const roles = user.roleGrants.getItems().map((g) => ({ role: g.role, organisationId: g.organisationId }));
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles,
    permissions: permissionsFor(roles),
    partnershipId: user.partnership.id,
  };
}
