import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ForbiddenError,
  MANAGEABLE_ROLES,
  Permission,
  RequestContext,
  Role,
  countyCodeOf,
  scopeCondition,
  scopePrefix,
} from '@xiangzhi/server/core';
import { CreateUserInput } from './dto/create-user.input';
import { ResetUserPasswordInput } from './dto/reset-user-password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { UserEntity } from './entities/user.entity';
import {
  gridRuleViolated,
  passwordPolicyViolated,
  regionLevelMismatch,
  regionNotFound,
  roleNotManageable,
  selfChangeRefused,
  userNotFound,
  usernameInvalid,
  usernameTaken,
} from './identity.errors';
import { UserModel } from './models/user.model';
import { UserPageModel } from './models/user-page.model';
import { hashPassword, passwordPolicyViolation } from './password';
import { RegionDirectory } from './region-directory';
import { TokenService } from './token.service';
import { toUserModel } from './user.mapper';
import { escapeLike, gridCodesViolation, isValidUsername, normalizeUsername, regionSuitsRole } from './user-rules';

/** Where a user is bound and what they do: what a manager may only set within their own reach. */
interface Assignment {
  role: Role;
  regionCode: string;
  gridCodes: string[];
}

/**
 * Staff accounts, managed within the caller's region: a manager sees users bound inside their scope and creates or
 * changes only users of the roles they may manage (MANAGEABLE_ROLES), bound inside their scope.
 */
@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    @Optional() private readonly regions?: RegionDirectory,
  ) {}

  async list(ctx: RequestContext, args: UsersArgs): Promise<UserPageModel> {
    ctx.requirePermission(Permission.USER_READ);
    const scope = scopeCondition(ctx, 'u.region_code');
    const qb = this.em(ctx).createQueryBuilder(UserEntity, 'u').where(scope.sql, scope.params);
    if (args.regionCode) {
      ctx.assertInScope(args.regionCode);
      if (args.regionCode.length === 15) qb.andWhere(':grid = ANY(u.grid_codes)', { grid: args.regionCode });
      else qb.andWhere('u.region_code LIKE :regionPrefix', { regionPrefix: `${scopePrefix(args.regionCode)}%` });
    }
    if (args.role) qb.andWhere('u.role = :role', { role: args.role });
    const search = args.search?.trim();
    if (search) {
      qb.andWhere('(u.username ILIKE :search OR u.display_name ILIKE :search)', { search: `%${escapeLike(search)}%` });
    }
    const [rows, total] = await qb
      .orderBy('u.region_code', 'ASC')
      .addOrderBy('u.username', 'ASC')
      .skip(args.offset)
      .take(args.first)
      .getManyAndCount();
    const page = new UserPageModel();
    const now = new Date();
    page.items = rows.map((u) => toUserModel(u, now));
    page.total = total;
    return page;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserModel> {
    const actor = ctx.requirePermission(Permission.USER_MANAGE);
    const em = this.em(ctx);
    const username = normalizeUsername(input.username);
    if (!isValidUsername(username)) throw usernameInvalid();
    const assignment: Assignment = { role: input.role, regionCode: input.regionCode, gridCodes: input.gridCodes ?? [] };
    await this.checkAssignment(ctx, assignment, true);
    const violation = passwordPolicyViolation(input.password, username);
    if (violation) throw passwordPolicyViolated(violation, 'password');
    if (await em.existsBy(UserEntity, { username })) throw usernameTaken(username);

    const user = em.create(UserEntity, {
      username,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      ...assignment,
      gridCodes: [...new Set(assignment.gridCodes)],
      countyCode: countyCodeOf(assignment.regionCode),
      phone: input.phone?.trim() || null,
      active: true,
      createdBy: actor.userId,
    });
    const saved = await em.save(user);
    ctx.note({
      targetType: 'user',
      targetId: saved.id,
      regionCode: saved.regionCode,
      summary: { event: 'USER_CREATED', username, role: saved.role, gridCodes: saved.gridCodes },
    });
    return toUserModel(saved);
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<UserModel> {
    const actor = ctx.requirePermission(Permission.USER_MANAGE);
    const em = this.em(ctx);
    const user = await this.loadManageable(ctx, em, input.id);
    const self = user.id === actor.userId;
    const changed: string[] = [];

    const role = input.role ?? user.role;
    const regionCode = input.regionCode ?? user.regionCode;
    const keepGrids = role === Role.GRID_WORKER && regionCode === user.regionCode;
    const gridCodes = input.gridCodes ?? (keepGrids ? user.gridCodes : []);
    const next: Assignment = { role, regionCode, gridCodes: [...new Set(gridCodes)] };
    if (role !== user.role) changed.push('role');
    if (regionCode !== user.regionCode) changed.push('regionCode');
    if (!sameSet(next.gridCodes, user.gridCodes)) changed.push('gridCodes');
    if (changed.length) {
      if (self) throw selfChangeRefused(changed[0]);
      await this.checkAssignment(ctx, next, regionCode !== user.regionCode);
      Object.assign(user, next, { countyCode: countyCodeOf(regionCode) });
    }
    if (input.displayName !== undefined && input.displayName.trim() !== user.displayName) {
      user.displayName = input.displayName.trim();
      changed.push('displayName');
    }
    if (input.phone !== undefined) {
      const phone = input.phone?.trim() || null;
      if (phone !== user.phone) {
        user.phone = phone;
        changed.push('phone');
      }
    }
    let sessionsRevoked = 0;
    if (input.active !== undefined && input.active !== null && input.active !== user.active) {
      if (self) throw selfChangeRefused('active');
      user.active = input.active;
      changed.push('active');
      if (!input.active) sessionsRevoked = await this.tokens.revokeUser(em, user.id);
    }
    if (changed.length) await em.save(user);
    ctx.note({
      targetType: 'user',
      targetId: user.id,
      regionCode: user.regionCode,
      summary: { event: 'USER_UPDATED', changed, role: user.role, active: user.active, sessionsRevoked },
    });
    return toUserModel(user);
  }

  /** Sets a new password chosen by a manager, unlocks the account and ends all its sessions. */
  async resetPassword(ctx: RequestContext, input: ResetUserPasswordInput): Promise<boolean> {
    const actor = ctx.requirePermission(Permission.USER_MANAGE);
    const em = this.em(ctx);
    const user = await this.loadManageable(ctx, em, input.userId);
    if (user.id === actor.userId) throw selfChangeRefused('userId'); // one's own password: changePassword
    const violation = passwordPolicyViolation(input.newPassword, user.username);
    if (violation) throw passwordPolicyViolated(violation, 'newPassword');
    await em.update(
      UserEntity,
      { id: user.id },
      {
        passwordHash: await hashPassword(input.newPassword),
        passwordChangedAt: new Date(),
        failedLogins: 0,
        lockedUntil: null,
      },
    );
    const sessionsRevoked = await this.tokens.revokeUser(em, user.id);
    ctx.note({
      targetType: 'user',
      targetId: user.id,
      regionCode: user.regionCode,
      summary: { event: 'PASSWORD_RESET', sessionsRevoked },
    });
    return true;
  }

  private em(ctx: RequestContext): EntityManager {
    return ctx.em ?? this.dataSource.manager;
  }

  /** The user `id`, locked for update, if it lies in the caller's scope and has a role the caller manages. */
  private async loadManageable(ctx: RequestContext, em: EntityManager, id: string): Promise<UserEntity> {
    const actor = ctx.requireActor();
    const user = await em.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw userNotFound(id);
    // refused without details: where an outside user is bound is none of the caller's business
    if (!ctx.inScope(user.regionCode)) throw new ForbiddenError('SCOPE_OUT_OF_REGION');
    if (!MANAGEABLE_ROLES[actor.role].includes(user.role)) throw roleNotManageable(user.role);
    return user;
  }

  /** Refuses an assignment outside the caller's scope or reach, or one that breaks the binding rules. */
  private async checkAssignment(ctx: RequestContext, a: Assignment, checkExists: boolean): Promise<void> {
    const actor = ctx.requireActor();
    ctx.assertInScope(a.regionCode);
    if (!MANAGEABLE_ROLES[actor.role].includes(a.role)) throw roleNotManageable(a.role);
    if (!regionSuitsRole(a.role, a.regionCode)) throw regionLevelMismatch(a.role, a.regionCode);
    const gridViolation = gridCodesViolation(a.role, a.regionCode, a.gridCodes);
    if (gridViolation) throw gridRuleViolated(gridViolation, { gridCodes: a.gridCodes });
    if (checkExists && this.regions && !(await this.regions.exists(a.regionCode))) throw regionNotFound(a.regionCode);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sb = new Set(b);
  return a.length === sb.size && a.every((x) => sb.has(x));
}
