import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, AccessRule, contextOf } from './decorators';
import { ForbiddenError } from '../errors/domain-error';

/**
 * Global guard: every operation must declare `@Allow(permission)` or `@Public()`; undeclared ones are refused
 * (fail closed). Region scope is checked again in the services.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('AUTH_OPERATION_UNDECLARED');
    if (rule.kind === 'public') return true;
    contextOf(execution).requirePermission(rule.permission);
    return true;
  }
}
