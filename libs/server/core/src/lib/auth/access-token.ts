import { Role } from './roles';
import type { Actor } from '../context/request-context';

/** Claims carried by a short-lived access token. */
export interface AccessTokenClaims {
  sub: string;
  usr: string;
  name: string;
  role: Role;
  reg: string;
  scp: string[];
  /** Session (refresh-token family) id. */
  sid: string;
}

export function actorFromClaims(c: AccessTokenClaims): Actor {
  return {
    userId: c.sub,
    username: c.usr,
    displayName: c.name,
    role: c.role,
    regionCode: c.reg,
    scopePrefixes: c.scp,
  };
}

export function claimsFromActor(a: Actor, sessionId: string): AccessTokenClaims {
  return {
    sub: a.userId,
    usr: a.username,
    name: a.displayName,
    role: a.role,
    reg: a.regionCode,
    scp: a.scopePrefixes,
    sid: sessionId,
  };
}
