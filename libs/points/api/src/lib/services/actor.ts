import { RequestContext } from '@xiangzhi/server/core';

/** The id recorded for the caller (the system acts as the all-zero user). */
export function actorIdOf(ctx: RequestContext): string {
  return ctx.requireActor().userId;
}
