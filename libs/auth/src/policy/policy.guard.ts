import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, UnauthenticatedError } from '@kindred/common';
import { scopeToPartnership } from '@kindred/database';
import { AccessTokens } from '../sign-in/access-tokens';
import { ALLOW_KEY, PUBLIC_KEY, requestOf } from './decorators';
import { type Action, scopeFor } from './policy-table';

/**
 * Runs before every resolver and controller: authenticates the bearer token, checks the declared
 * action against the policy table and scopes the request's entity manager to the caller's
 * partnership. An operation with neither @Allow nor @Public is refused (and fails boot).
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokens,
    private readonly em: EntityManager,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const action = this.reflector.getAllAndOverride<Action | undefined>(ALLOW_KEY, targets);
    if (!action) throw new ForbiddenError('This operation has no access policy.');

    const request = requestOf(context);
    const header = request.headers.authorization ?? '';
    const [kind, token] = header.split(' ');
    if (kind !== 'Bearer' || !token) throw new UnauthenticatedError();
    const subject = await this.accessTokens.verify(token);

    const scope = scopeFor(action, subject.grants);
    if (!scope) throw new ForbiddenError();
    request.actor = { ...subject, scope };
    scopeToPartnership(this.em, subject.partnershipId);
    return true;
  }
}
