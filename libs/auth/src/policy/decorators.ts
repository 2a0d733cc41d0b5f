import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Action, Grant, Scope } from './policy-table';

export const ALLOW_KEY = 'kindred:allow';
export const PUBLIC_KEY = 'kindred:public';

/** The action a resolver performs; the guard admits callers whose grants allow it. */
export const Allow = (action: Action) => SetMetadata(ALLOW_KEY, action);

/** For the few operations that run before anyone is signed in. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Who is calling: resolved by the guard from the access token. */
export interface Actor {
  userId: string;
  partnershipId: string;
  grants: Grant[];
  /** The scope the guard resolved for this operation's action. */
  scope: Scope;
}

export function requestOf(context: ExecutionContext): { actor?: Actor; headers: Record<string, string | undefined> } {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: never }>().req
    : context.switchToHttp().getRequest();
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on an operation without @Allow');
  return actor;
});
