import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AccessTokenClaims, actorFromClaims } from '../auth/access-token';
import { RequestContext } from './request-context';

/** Builds the RequestContext of an incoming HTTP request from its bearer token. */
@Injectable()
export class RequestContextFactory {
  constructor(private readonly jwt: JwtService) {}

  fromRequest(request: FastifyRequest): RequestContext {
    const existing = (request as unknown as { ctx?: RequestContext }).ctx;
    if (existing) return existing;
    const requestId = String((request.raw as { id?: unknown }).id ?? request.id ?? randomUUID());
    const header = request.headers.authorization;
    let actor = null;
    if (header && header.startsWith('Bearer ')) {
      try {
        const claims = this.jwt.verify<AccessTokenClaims>(header.slice(7));
        actor = actorFromClaims(claims);
      } catch {
        actor = null; // an expired or bad token is treated as anonymous; protected operations answer UNAUTHENTICATED
      }
    }
    const ctx = new RequestContext(requestId, actor, request.ip, String(request.headers['user-agent'] ?? ''));
    (request as unknown as { ctx?: RequestContext }).ctx = ctx;
    return ctx;
  }
}
