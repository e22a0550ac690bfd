import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AccessTokenClaims, AppConfig, RequestContext, claimsFromActor } from '@xiangzhi/server/core';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import type { UserEntity } from './entities/user.entity';
import { actorOf } from './user-rules';

/** A freshly issued pair: the access token (JWT) and the opaque refresh token. */
export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  familyId: string;
}

/** What presenting a refresh token found. */
export type ConsumeResult =
  | { status: 'ok'; userId: string; familyId: string }
  | { status: 'reused'; userId: string; familyId: string; regionCode: string }
  | { status: 'invalid' };

/** Hex sha256: refresh tokens are stored only as this. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Issues, rotates and revokes tokens. Callers pass the entity manager to write with (the mutation's, or not). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** Signs an access token for `user` and stores a new refresh token in `familyId` (a new family by default). */
  async issue(
    em: EntityManager,
    user: UserEntity,
    ctx: RequestContext,
    familyId: string = randomUUID(),
  ): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const ttl = this.config.values.REFRESH_TOKEN_TTL_SECONDS;
    await em.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      regionCode: user.regionCode,
      countyCode: user.countyCode,
      expiresAt: new Date(Date.now() + ttl * 1000),
      ip: ctx.ip ? ctx.ip.slice(0, 64) : null,
      userAgent: ctx.userAgent ? ctx.userAgent.slice(0, 256) : null,
    });
    const claims: AccessTokenClaims = claimsFromActor(actorOf(user), familyId);
    const accessToken = await this.jwt.signAsync({ ...claims });
    const exp = this.jwt.decode<{ exp?: number }>(accessToken)?.exp;
    const accessTokenExpiresAt = exp
      ? new Date(exp * 1000)
      : new Date(Date.now() + this.config.values.ACCESS_TOKEN_TTL_SECONDS * 1000);
    return { accessToken, accessTokenExpiresAt, refreshToken, familyId };
  }

  /**
   * Marks a live refresh token used (atomically: of two concurrent presentations only one succeeds). Otherwise
   * says whether it was a reuse of an already used token (the caller revokes the family) or simply invalid.
   */
  async consume(em: EntityManager, refreshToken: string): Promise<ConsumeResult> {
    const tokenHash = sha256(refreshToken);
    const result = await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :tokenHash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { tokenHash })
      .returning('user_id, family_id')
      .execute();
    const rows = result.raw as Array<{ user_id: string; family_id: string }>;
    if (rows.length === 1) return { status: 'ok', userId: rows[0].user_id, familyId: rows[0].family_id };
    const row = await em.findOneBy(RefreshTokenEntity, { tokenHash });
    if (!row || row.revokedAt || row.expiresAt <= new Date() || !row.usedAt) return { status: 'invalid' };
    return { status: 'reused', userId: row.userId, familyId: row.familyId, regionCode: row.regionCode };
  }

  /** The live refresh token `refreshToken` if it belongs to `userId`. */
  findOwned(em: EntityManager, refreshToken: string, userId: string): Promise<RefreshTokenEntity | null> {
    return em.findOneBy(RefreshTokenEntity, { tokenHash: sha256(refreshToken), userId });
  }

  /** Revokes every token of a family; returns how many were still unrevoked. */
  async revokeFamily(em: EntityManager, familyId: string): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    return result.affected ?? 0;
  }

  /** Revokes every session (family) of a user except `keepFamilyId`; returns the number of sessions ended. */
  async revokeUser(em: EntityManager, userId: string, keepFamilyId?: string | null): Promise<number> {
    const qb = em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND expires_at > now()', { userId })
      .returning('family_id');
    if (keepFamilyId) qb.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    const rows = (await qb.execute()).raw as Array<{ family_id: string }>;
    return new Set(rows.map((r) => r.family_id)).size;
  }

  /** Removes a user's refresh tokens that expired over a day ago (reuse detection no longer needs them). */
  async pruneExpired(em: EntityManager, userId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .delete()
      .from(RefreshTokenEntity)
      .where(`user_id = :userId AND expires_at < now() - interval '1 day'`, { userId })
      .execute();
  }

  /** The session (refresh family) id carried by a valid access token, or null. */
  sessionIdOf(accessToken: string | null): string | null {
    if (!accessToken) return null;
    try {
      return this.jwt.verify<AccessTokenClaims>(accessToken).sid ?? null;
    } catch {
      return null;
    }
  }
}
