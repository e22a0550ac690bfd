import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from './roles';
import type { RequestContext } from '../context/request-context';

export const ACCESS_KEY = 'xz:access';
export type AccessRule = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** The operation needs `permission` (checked again, with region scope, in the service). */
export const Allow = (permission: Permission) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', permission } as AccessRule);

/** The operation is open to anyone, signed in or not (public pages, login). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } as AccessRule);

/** Reads the RequestContext of a GraphQL or REST call. */
export function contextOf(execution: ExecutionContext): RequestContext {
  if (execution.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(execution).getContext<{ ctx: RequestContext }>().ctx;
  }
  return execution.switchToHttp().getRequest<{ ctx: RequestContext }>().ctx;
}

/** Injects the RequestContext into a resolver or controller method. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) => contextOf(execution));
