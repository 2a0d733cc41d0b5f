import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@kindred/database';
import type { User } from './user.entity';

/**
 * One refresh token of a sign-in. Only its SHA-256 is stored. Tokens rotate: each use revokes the
 * token and issues the next in the same family; presenting a revoked token again means it was
 * copied, so the whole family is revoked (RFC 6819 §5.2.2.3).
 */
@Entity()
@Index({ properties: ['family'] })
export class RefreshToken extends BaseEntity {
  @ManyToOne({ entity: () => 'User', ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash: string;

  @Property({ type: 'uuid' })
  family: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  private constructor(user: Ref<User>, tokenHash: string, family: string, expiresAt: Date) {
    super();
    this.user = user;
    this.tokenHash = tokenHash;
    this.family = family;
    this.expiresAt = expiresAt;
  }

  /** Makes a token; the plain value is returned once and never stored. */
  static issue(
    user: Ref<User>,
    ttlDays: number,
    family: string = randomUUID(),
  ): { entity: RefreshToken; token: string } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
    return { entity: new RefreshToken(user, RefreshToken.hash(token), family, expiresAt), token };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
