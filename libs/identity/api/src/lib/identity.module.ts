import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { LoginThrottle } from './login-throttle';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { TokenService } from './token.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Entities of the identity domain. */
export const identityEntities = [UserEntity, RefreshTokenEntity];

/** Resolvers of the identity domain (also used to emit the schema). */
export const identityResolvers = [SessionResolver, UserResolver];

/** Staff accounts, sign-in and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  providers: [
    ...identityResolvers,
    SessionService,
    UserService,
    TokenService,
    { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
  ],
  exports: [UserService, TokenService],
})
export class IdentityModule {}
