import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@kindred/common';
import { User } from '../entities/user.entity';
import { type Actor, Allow, CurrentActor, Public } from '../policy/decorators';
import { SignInService, type SignedIn } from '../sign-in/sign-in.service';
import { AuthPayload, ChangePasswordInput, LoginInput, LogoutInput, RefreshTokenInput, UserView } from './auth.types';
import { toUserView } from './user-view';

const toPayload = (signedIn: SignedIn): AuthPayload => ({ ...signedIn, user: toUserView(signedIn.user) });

@Resolver(() => UserView)
export class AuthResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly em: EntityManager,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password.' })
  async login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return toPayload(await this.signIn.login(input.email, input.password));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens; the old one stops working.' })
  async refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayload> {
    return toPayload(await this.signIn.refresh(input.refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the sign-in the refresh token belongs to.' })
  async logout(@Args('input') input: LogoutInput): Promise<boolean> {
    await this.signIn.logout(input.refreshToken);
    return true;
  }

  @Allow('me.changePassword')
  @Mutation(() => Boolean, { description: 'Sets a new password and ends every other sign-in.' })
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.signIn.changePassword(actor.userId, input.currentPassword, input.newPassword);
    return true;
  }

  @Allow('me.read')
  @Query(() => UserView, { description: 'The signed-in user.' })
  async me(@CurrentActor() actor: Actor): Promise<UserView> {
    const user = await this.em.findOne(User, { id: actor.userId }, { populate: ['roleGrants'] });
    if (!user) throw new NotFoundError('User', actor.userId);
    return toUserView(user);
  }
}
