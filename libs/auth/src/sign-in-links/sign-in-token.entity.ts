import { createHash, randomBytes } from 'node:crypto';
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

  private constructor(user: Ref<User>, purpose: SignInTokenPurpose, tokenHash: string, expiresAt: Date) {
    super();
    this.user = user;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  /** Makes a token; the plain value is returned once, for the email, and never stored. */
  static issue(
    user: Ref<User>,
    purpose: SignInTokenPurpose,
    ttlMinutes: number,
  ): { entity: SignInToken; token: string } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
    return { entity: new SignInToken(user, purpose, SignInToken.hash(token), expiresAt), token };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
