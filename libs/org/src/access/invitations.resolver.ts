import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, toUserView } from '@kindred/auth';
import { InvitationService } from './invitations.service';
import { Invitation, InvitePersonInput } from './invitations.types';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(private readonly invitations: InvitationService) {}

  @Allow('invitation.send')
  @Mutation(() => Invitation, {
    description:
      'Invites a person to sign in: makes their account if need be, grants the roles and emails a link that ' +
      'works once within 7 days. Inviting again sends a new link, and the earlier one stops working.',
  })
  async invitePerson(@CurrentActor() actor: Actor, @Args('input') input: InvitePersonInput): Promise<Invitation> {
    const { user, expiresAt } = await this.invitations.invite(actor, input);
    return { user: toUserView(user), expiresAt };
  }
}
