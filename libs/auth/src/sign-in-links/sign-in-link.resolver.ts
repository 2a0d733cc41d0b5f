import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayload } from '../graphql/auth.types';
import { toUserView } from '../graphql/user-view';
import { Public } from '../policy/decorators';
import { SignInLinkService } from './sign-in-link.service';
import { RequestSignInLinkInput, SignInWithLinkInput } from './sign-in-link.types';

@Resolver()
export class SignInLinkResolver {
  constructor(private readonly links: SignInLinkService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a one-time sign-in link, valid for 15 minutes, if the address has an account. Answers true ' +
      'either way, so it reveals nobody; too many requests for one address answer TOO_MANY_REQUESTS.',
  })
  async requestSignInLink(@Args('input') input: RequestSignInLinkInput): Promise<boolean> {
    await this.links.request(input.email);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Signs in with the token of an emailed sign-in link or invitation; each token works once.',
  })
  async signInWithLink(@Args('input') input: SignInWithLinkInput): Promise<AuthPayload> {
    const signedIn = await this.links.signInWith(input.token);
    return { ...signedIn, user: toUserView(signedIn.user) };
  }
}
