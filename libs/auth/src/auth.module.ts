import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AppConfig } from '@kindred/config';
import { NotifyModule } from '@kindred/notify';
import { RefreshToken } from './entities/refresh-token.entity';
import { RoleGrant } from './entities/role-grant.entity';
import { User } from './entities/user.entity';
import { SignInToken } from './sign-in-links/sign-in-token.entity';
import { SignInLinkResolver } from './sign-in-links/sign-in-link.resolver';
import { SignInLinkService } from './sign-in-links/sign-in-link.service';
import { SignInLinkThrottle } from './sign-in-links/sign-in-link-throttle';
import { SignInLinks } from './sign-in-links/sign-in-links';
import { AuthResolver } from './graphql/auth.resolver';
import { PolicyCoverage } from './policy/policy-coverage';
import { PolicyGuard } from './policy/policy.guard';
import { AccessTokens } from './sign-in/access-tokens';
import { Passwords } from './sign-in/passwords';
import { SignInService } from './sign-in/sign-in.service';
import { SignInThrottle } from './sign-in/sign-in-throttle';
import { RefreshTokenPurge } from './sign-in/refresh-token-purge';

export const authEntities = [User, RoleGrant, RefreshToken, SignInToken];

/** Users, sign-in and the policy guard. Its guard is global: nothing is reachable without it. */
@Module({
  imports: [
    DiscoveryModule,
    NotifyModule,
    MikroOrmModule.forFeature(authEntities),
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to read it
      // as a public key on every verify, which cost over a millisecond of CPU per request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret)),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [
    AccessTokens,
    Passwords,
    SignInThrottle,
    SignInService,
    RefreshTokenPurge,
    SignInLinks,
    SignInLinkThrottle,
    SignInLinkService,
    SignInLinkResolver,
    AuthResolver,
    PolicyCoverage,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [Passwords, SignInService, AccessTokens, SignInLinks],
})
export class AuthModule {}
