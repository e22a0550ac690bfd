import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, AuditNote, AuditService, RequestContext, UnauthenticatedError } from '@xiangzhi/server/core';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { LogoutInput } from './dto/logout.input';
import { RefreshSessionInput } from './dto/refresh-session.input';
import { UserEntity } from './entities/user.entity';
import {
  accountDisabled,
  accountLocked,
  currentPasswordInvalid,
  IdentityErrorCode,
  invalidCredentials,
  passwordPolicyViolated,
  refreshInvalid,
  refreshReused,
  tooManyAttempts,
} from './identity.errors';
import { LoginThrottle } from './login-throttle';
import { AuthPayloadModel } from './models/auth-payload.model';
import { UserModel } from './models/user.model';
import { hashPassword, passwordNeedsRehash, passwordPolicyViolation, verifyDummy, verifyPassword } from './password';
import { TokenService } from './token.service';
import { toUserModel } from './user.mapper';
import { normalizeUsername } from './user-rules';

/**
 * Sign-in, token refresh, sign-out and the caller's own account. Mutations run in `ctx.em`, which is rolled back when
 * they throw: what must survive a refusal (failed-login counters, a family revoked on reuse, the audit row of a
 * failure) is written through the DataSource's own manager on purpose (ADR 0002).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(ctx: RequestContext, input: LoginInput): Promise<AuthPayloadModel> {
    const wait = this.throttle.attempt(`ip:${ctx.ip || 'unknown'}`);
    if (wait > 0) throw tooManyAttempts(wait);
    const em = this.em(ctx);
    const username = normalizeUsername(input.username);
    const user = await em.findOneBy(UserEntity, { username });
    if (!user) {
      await verifyDummy(input.password);
      await this.recordOutside(ctx, 'login', { input: { username } }, []);
      throw invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) throw accountLocked(user.lockedUntil);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const lockedUntil = await this.countFailure(user.id);
      await this.recordOutside(ctx, 'login', { input: { username } }, [
        userNote(user, { event: 'LOGIN_FAILED', locked: !!lockedUntil }),
      ]);
      throw lockedUntil ? accountLocked(lockedUntil) : invalidCredentials();
    }
    if (!user.active) throw accountDisabled();

    const changes: Partial<UserEntity> = {};
    if (user.failedLogins !== 0 || user.lockedUntil) Object.assign(changes, { failedLogins: 0, lockedUntil: null });
    if (passwordNeedsRehash(user.passwordHash)) changes.passwordHash = await hashPassword(input.password);
    if (Object.keys(changes).length) await em.update(UserEntity, { id: user.id }, changes);
    await this.tokens.pruneExpired(em, user.id);
    const issued = await this.tokens.issue(em, user, ctx);
    ctx.note(userNote(user, { event: 'LOGIN', sessionId: issued.familyId }));
    return payload(issued, user);
  }

  async refreshSession(ctx: RequestContext, input: RefreshSessionInput): Promise<AuthPayloadModel> {
    const em = this.em(ctx);
    const found = await this.tokens.consume(em, input.refreshToken);
    if (found.status === 'invalid') throw refreshInvalid();
    if (found.status === 'reused') {
      // a used token presented again: someone holds a copy. End the whole session, whoever is asking.
      const outside = this.dataSource.manager;
      const revoked = await this.tokens.revokeFamily(outside, found.familyId);
      await this.recordOutside(ctx, 'refreshSession', {}, [
        {
          targetType: 'user',
          targetId: found.userId,
          regionCode: found.regionCode,
          summary: { event: 'REFRESH_REUSED', sessionId: found.familyId, tokensRevoked: revoked },
        },
      ]);
      throw refreshReused();
    }
    const user = await em.findOneBy(UserEntity, { id: found.userId });
    if (!user) throw refreshInvalid();
    if (!user.active) throw accountDisabled();
    const issued = await this.tokens.issue(em, user, ctx, found.familyId);
    ctx.note(userNote(user, { event: 'REFRESH', sessionId: found.familyId }));
    return payload(issued, user);
  }

  async logout(ctx: RequestContext, input: LogoutInput): Promise<boolean> {
    const actor = ctx.requireActor();
    const em = this.em(ctx);
    const token = await this.tokens.findOwned(em, input.refreshToken, actor.userId);
    if (!token) throw refreshInvalid();
    const revoked = await this.tokens.revokeFamily(em, token.familyId);
    ctx.note({
      targetType: 'user',
      targetId: actor.userId,
      regionCode: token.regionCode,
      summary: { event: 'LOGOUT', sessionId: token.familyId, tokensRevoked: revoked },
    });
    return true;
  }

  /** Changes the caller's password and ends every other session of theirs (`sessionId`: the one to keep). */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput, sessionId: string | null): Promise<boolean> {
    const actor = ctx.requireActor();
    const em = this.em(ctx);
    const user = await em.findOne(UserEntity, { where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
    if (!user || !user.active) throw new UnauthenticatedError();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw currentPasswordInvalid();
    const violation = passwordPolicyViolation(input.newPassword, user.username);
    if (violation) throw passwordPolicyViolated(violation, 'newPassword');
    if (input.newPassword === input.currentPassword) {
      throw passwordPolicyViolated(IdentityErrorCode.PASSWORD_UNCHANGED, 'newPassword');
    }
    await em.update(
      UserEntity,
      { id: user.id },
      { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: new Date() },
    );
    const sessionsRevoked = await this.tokens.revokeUser(em, user.id, sessionId);
    ctx.note(userNote(user, { event: 'PASSWORD_CHANGED', sessionsRevoked }));
    return true;
  }

  /** The caller's own account. */
  async me(ctx: RequestContext): Promise<UserModel> {
    const actor = ctx.requireActor();
    const user = await this.em(ctx).findOneBy(UserEntity, { id: actor.userId });
    if (!user || !user.active) throw new UnauthenticatedError();
    return toUserModel(user);
  }

  private em(ctx: RequestContext): EntityManager {
    return ctx.em ?? this.dataSource.manager;
  }

  /**
   * Counts a failed password for a user, outside the mutation's transaction; at LOGIN_MAX_FAILURES the account is
   * locked for LOGIN_LOCK_SECONDS and the counter starts again. Returns the lock's end if this failure set it.
   */
  private async countFailure(userId: string): Promise<Date | null> {
    const { LOGIN_MAX_FAILURES: max, LOGIN_LOCK_SECONDS: seconds } = this.config.values;
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected]
    const [rows] = (await this.dataSource.query(
      `UPDATE app_user SET
         failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
         locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
       WHERE id = $1
       RETURNING locked_until, (locked_until IS NOT NULL AND locked_until > now()) AS locked_now`,
      [userId, max, seconds],
    )) as [Array<{ locked_until: Date | null; locked_now: boolean }>, number];
    const row = rows[0];
    return row && row.locked_now ? row.locked_until : null;
  }

  /** Writes an audit row that must outlive the refused mutation. */
  private recordOutside(ctx: RequestContext, operation: string, args: unknown, notes: AuditNote[]): Promise<void> {
    return this.audit.record(this.dataSource.manager, ctx, operation, args, notes);
  }
}

function userNote(user: UserEntity, summary: Record<string, unknown>): AuditNote {
  return { targetType: 'user', targetId: user.id, regionCode: user.regionCode, summary };
}

function payload(issued: { accessToken: string; accessTokenExpiresAt: Date; refreshToken: string }, user: UserEntity) {
  const p = new AuthPayloadModel();
  p.accessToken = issued.accessToken;
  p.accessTokenExpiresAt = issued.accessTokenExpiresAt;
  p.refreshToken = issued.refreshToken;
  p.user = toUserModel(user);
  return p;
}
