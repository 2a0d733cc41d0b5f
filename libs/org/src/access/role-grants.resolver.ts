import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, toUserView, UserView } from '@kindred/auth';
import { RoleGrantService } from './role-grants.service';
import { RoleGrantInput } from './role-grants.types';

const TAKES_EFFECT = "It takes effect at the user's next token refresh (within auth.accessTokenTtlSeconds).";

@Resolver()
export class RoleGrantResolver {
  constructor(private readonly grants: RoleGrantService) {}

  @Allow('role.grant')
  @Mutation(() => UserView, {
    description: `Grants a role; granting one already held changes nothing. ${TAKES_EFFECT}`,
  })
  async grantRole(@CurrentActor() actor: Actor, @Args('input') input: RoleGrantInput): Promise<UserView> {
    return toUserView(await this.grants.grant(actor, input));
  }

  @Allow('role.grant')
  @Mutation(() => UserView, { description: `Revokes a role; revoking one not held changes nothing. ${TAKES_EFFECT}` })
  async revokeRole(@CurrentActor() actor: Actor, @Args('input') input: RoleGrantInput): Promise<UserView> {
    return toUserView(await this.grants.revoke(actor, input));
  }
}
