import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Role } from '../policy/role';
import type { User } from './user.entity';

/**
 * A role held within the user's partnership. With an organisation, the role reaches only that
 * organisation's people and records (partner admins, managers of one employer).
 */
@Entity()
@Unique({ properties: ['user', 'role', 'organisationId'] })
export class RoleGrant extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'User', ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role: Role;

  /** The organisation this grant is limited to; the organisation table arrives with `libs/org`. */
  @Property({ type: 'uuid', nullable: true })
  organisationId: string | null;

  constructor(user: User, role: Role, organisationId: string | null) {
    super(user.partnership);
    this.user = ref(user);
    this.role = role;
    this.organisationId = organisationId;
  }
}
