/**
 * Tells the identity domain whether a region exists. Identity may not import the registry, so the registry provides
 * an implementation globally (`{ provide: RegionDirectory, useClass: … }`); without one the existence check is skipped.
 */
export abstract class RegionDirectory {
  /** Whether a region node with this 12-digit code exists. */
  abstract exists(code: string): Promise<boolean>;
}
