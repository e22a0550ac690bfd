import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Actor, RequestContext } from '@xiangzhi/server/core';
import { checklistEntities } from '../entities';
import { ChecklistVersionsService } from '../services/checklist-versions.service';
import { oversightProviders, oversightResolvers } from './oversight.providers';

/**
 * Oversight with just what it needs of the checklist module (the versions service for fixtures), for its own
 * integration tests: they do not depend on the rest of the module's resolvers.
 */
@Module({
  imports: [TypeOrmModule.forFeature(checklistEntities)],
  providers: [ChecklistVersionsService, ...oversightResolvers, ...oversightProviders],
})
export class OversightTestModule {}

/** A fresh request context for `actor` (from `ip`, default none). */
export const oversightCtx = (actor: Actor | null, ip = '') => new RequestContext(`req-${randomUUID()}`, actor, ip);
