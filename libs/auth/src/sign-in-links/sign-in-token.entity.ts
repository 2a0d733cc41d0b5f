import { createHash } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@kindred/database';
import type { User } from '../entities/user.entity';

export enum SignInTokenPurpose {
  /** Sent when someone is invited: lets them in once to set a password, or just sign in. */
  INVITATION = 'INVITATION',
  /** A one-time email link for people without a password (many volunteers): 15 minutes. */
  SIGN_IN_LINK = 'SIGN_IN_LINK',
}

/** A single-use token sent by email. Only its SHA-256 is stored. */
@Entity()
@Index({ properties: ['user', 'purpose'] })
export class SignInToken extends BaseEntity {
  @ManyToOne({ entity: () => 'User', ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Enum({ items: () => SignInTokenPurpose, nativeEnumName: 'sign_in_token_purpose' })
  purpose: SignInTokenPurpose;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  /**
   * The plain token is `tokenOf(id)`. Only its SHA-256 is stored; the value is derived again from
   * the id when the email is rendered, so it never rests in the database.
   */
  constructor(user: Ref<User>, purpose: SignInTokenPurpose, ttlMinutes: number, tokenOf: (id: string) => string) {
    super();
    this.user = user;
    this.purpose = purpose;
    this.tokenHash = SignInToken.hash(tokenOf(this.id));
    this.expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
