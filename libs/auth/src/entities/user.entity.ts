import { Collection, Entity, OneToMany, Property, type Ref, Unique } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { BadInputError } from '@kindred/common';
import { Role } from '../policy/role';
import { RoleGrant } from './role-grant.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Someone who can sign in. Email is unique across Kindred: it is how a person signs in. */
@Entity({ tableName: 'app_user' })
export class User extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 320 })
  @Unique()
  email: string;

  @Property({ type: 'string', length: 200 })
  displayName: string;

  /** argon2id; null until the person sets a password (invitations and email links come later). */
  @Property({ type: 'string', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  @Property({ type: 'boolean', default: true })
  active = true;

  @Property({ type: 'datetime', nullable: true })
  lastSignedInAt: Date | null = null;

  @OneToMany({ entity: () => RoleGrant, mappedBy: 'user', orphanRemoval: true })
  roleGrants = new Collection<RoleGrant>(this);

  constructor(partnership: Ref<Partnership>, email: string, displayName: string) {
    super(partnership);
    this.email = User.normaliseEmail(email);
    if (!EMAIL.test(this.email)) throw new BadInputError(`"${email}" is not an email address.`);
    this.displayName = displayName.trim();
    if (!this.displayName) throw new BadInputError('A user needs a name.');
  }

  static normaliseEmail(email: string): string {
    return email.trim().toLowerCase();
  }

  grant(role: Role, organisationId: string | null = null): RoleGrant {
    const existing = this.roleGrants.getItems().find((g) => g.role === role && g.organisationId === organisationId);
    if (existing) return existing;
    const grant = new RoleGrant(this, role, organisationId);
    this.roleGrants.add(grant);
    return grant;
  }
}
