import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@kindred/config';
import { UnauthenticatedError } from '@kindred/common';
import type { Grant } from '../policy/policy-table';
import { Role } from '../policy/role';

interface Claims {
  sub: string;
  pid: string;
  grants: { r: Role; o: string | null }[];
}

export interface AccessTokenSubject {
  userId: string;
  partnershipId: string;
  grants: Grant[];
}

/**
 * Short-lived JWTs carrying who the caller is and their grants, so the guard needs no database
 * read per request. A grant change reaches the caller at their next refresh.
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async issue(subject: AccessTokenSubject): Promise<{ token: string; expiresAt: Date }> {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const claims: Claims = {
      sub: subject.userId,
      pid: subject.partnershipId,
      grants: subject.grants.map((g) => ({ r: g.role, o: g.organisationId })),
    };
    const token = await this.jwt.signAsync(claims, { expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  async verify(token: string): Promise<AccessTokenSubject> {
    try {
      const claims = await this.jwt.verifyAsync<Claims>(token);
      return {
        userId: claims.sub,
        partnershipId: claims.pid,
        grants: claims.grants.map((g) => ({ role: g.r, organisationId: g.o })),
      };
    } catch {
      throw new UnauthenticatedError('Your session has expired or is not valid. Please sign in again.');
    }
  }
}
