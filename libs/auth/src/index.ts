export { AuthModule, authEntities } from './auth.module';
export { RefreshToken } from './entities/refresh-token.entity';
export { RoleGrant } from './entities/role-grant.entity';
export { User } from './entities/user.entity';
export { UserView } from './graphql/auth.types';
export { toUserView } from './graphql/user-view';
export { type Actor, Allow, CurrentActor, Public } from './policy/decorators';
export {
  type Action,
  confinedTo,
  GRANTABLE,
  type Grant,
  organisationsFor,
  permissionsFor,
  POLICY,
  type Scope,
  scopeFor,
} from './policy/policy-table';
export { Role } from './policy/role';
export { Passwords } from './sign-in/passwords';
export { SignInService } from './sign-in/sign-in.service';
export { purgeExpiredRefreshTokens, refreshTokenPurgeSchedule } from './sign-in/refresh-token-purge';
export { SignInToken, SignInTokenPurpose } from './sign-in-links/sign-in-token.entity';
export { SignInLinks } from './sign-in-links/sign-in-links';
