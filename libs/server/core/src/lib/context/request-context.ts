import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { Permission, Role, roleHas } from '../auth/roles';
import { withinScope } from '../scope/region-code';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';

/** Who is calling: the signed-in user as the access token describes them. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** The region node the user is bound to (12 digits, or 15 for a grid). */
  regionCode: string;
  /** Prefixes of every region code the user may see (one for most roles, one per grid for grid workers). */
  scopePrefixes: string[];
}

export type LoaderFactory<K, V> = (ctx: RequestContext) => DataLoader<K, V>;

/**
 * The first argument of every service method: actor, scope, request id, the transaction of the
 * current mutation (if any) and the per-request DataLoaders.
 */
export class RequestContext {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  /** Set by the mutation interceptor: the transaction this mutation runs in. */
  em?: EntityManager;
  /** Set by services: what the mutation changed, for the audit log. */
  readonly auditNotes: AuditNote[] = [];
  /** Set by the mutation interceptor: the mutation being run, for audit rows a service writes itself. */
  mutation?: { operation: string; args: unknown };
  /** How many of `auditNotes` a service has written already (`inlineAuditInsert`); the interceptor writes the rest. */
  auditInline = 0;

  constructor(
    readonly requestId: string,
    readonly actor: Actor | null,
    readonly ip = '',
    readonly userAgent = '',
  ) {}

  /** A context for jobs and scripts acting with full rights. */
  static system(requestId = 'system'): RequestContext {
    return new RequestContext(requestId, {
      userId: '00000000-0000-0000-0000-000000000000',
      username: 'system',
      displayName: 'system',
      role: Role.SYSTEM_ADMIN,
      regionCode: '000000000000',
      scopePrefixes: [''],
    });
  }

  get isAuthenticated(): boolean {
    return this.actor !== null;
  }

  /** The actor, or an UNAUTHENTICATED error. */
  requireActor(): Actor {
    if (!this.actor) throw new UnauthenticatedError();
    return this.actor;
  }

  can(permission: Permission): boolean {
    return !!this.actor && roleHas(this.actor.role, permission);
  }

  /** Throws FORBIDDEN unless the actor holds the permission. */
  requirePermission(permission: Permission): Actor {
    const actor = this.requireActor();
    if (!roleHas(actor.role, permission)) throw new ForbiddenError('AUTH_PERMISSION_DENIED', { permission });
    return actor;
  }

  /** The region prefixes the caller may see. */
  get scopePrefixes(): string[] {
    return this.actor?.scopePrefixes ?? [];
  }

  inScope(regionCode: string): boolean {
    return withinScope(this.scopePrefixes, regionCode);
  }

  /** Throws SCOPE_OUT_OF_REGION unless `regionCode` lies in the caller's region. */
  assertInScope(regionCode: string): void {
    this.requireActor();
    if (!this.inScope(regionCode)) throw new ForbiddenError('SCOPE_OUT_OF_REGION', { regionCode });
  }

  /** The per-request DataLoader made by `factory` (made on first use). */
  loader<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let l = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!l) {
      l = factory(this) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, l);
    }
    return l as DataLoader<K, V>;
  }

  /** Records what a mutation changed; written to the audit log with the mutation. */
  note(note: AuditNote): void {
    this.auditNotes.push(note);
  }
}

export interface AuditNote {
  targetType: string;
  targetId: string;
  regionCode: string;
  summary: Record<string, unknown>;
}
