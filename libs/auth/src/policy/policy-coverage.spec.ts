import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Public } from './decorators';
import { PolicyCoverage } from './policy-coverage';

@Resolver()
class DeclaredResolver {
  @Allow('me.read')
  @Query(() => String)
  declared(): string {
    return 'ok';
  }

  @Public()
  @Mutation(() => String)
  open(): string {
    return 'ok';
  }
}

@Resolver()
class ForgetfulResolver {
  @Query(() => String)
  forgotten(): string {
    return 'oops';
  }
}

async function boot(resolvers: unknown[]): Promise<void> {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [PolicyCoverage, ...(resolvers as never[])],
  }).compile();
  await module.init();
  await module.close();
}

describe('policy coverage at boot', () => {
  it('accepts resolvers whose every operation declares a policy', async () => {
    await expect(boot([DeclaredResolver])).resolves.toBeUndefined();
  });

  it('fails boot naming each operation without one', async () => {
    await expect(boot([DeclaredResolver, ForgetfulResolver])).rejects.toThrow(
      'GraphQL operations without an access policy (@Allow or @Public): ForgetfulResolver.forgotten',
    );
  });
});
