import type { DataSource } from 'typeorm';
import { Role, countyCodeOf } from '@xiangzhi/server/core';
import type { TestApp } from '@xiangzhi/server/testing';
import { UserEntity } from './lib/entities/user.entity';
import { LoginThrottle } from './lib/login-throttle';
import { hashPassword } from './lib/password';
import { normalizeUsername } from './lib/user-rules';

/** Test helpers of the identity domain, for any domain's integration tests. */

export interface SeedUserOptions {
  username: string;
  password: string;
  role: Role;
  regionCode: string;
  gridCodes?: string[];
  displayName?: string;
  phone?: string | null;
  active?: boolean;
}

export interface SeededUser {
  id: string;
  username: string;
  role: Role;
  regionCode: string;
  gridCodes: string[];
}

// argon2id at OWASP strength costs tens of milliseconds a hash: one hash per distinct test password is enough
const hashes = new Map<string, Promise<string>>();

/** Inserts a user straight into the database (no scope or role checks: tests set up whatever they need). */
export async function seedUser(dataSource: DataSource, options: SeedUserOptions): Promise<SeededUser> {
  let hash = hashes.get(options.password);
  if (!hash) {
    hash = hashPassword(options.password);
    hashes.set(options.password, hash);
  }
  const username = normalizeUsername(options.username);
  const repo = dataSource.getRepository(UserEntity);
  const saved = await repo.save(
    repo.create({
      username,
      displayName: options.displayName ?? username,
      passwordHash: await hash,
      role: options.role,
      regionCode: options.regionCode,
      countyCode: countyCodeOf(options.regionCode),
      gridCodes: options.gridCodes ?? [],
      phone: options.phone ?? null,
      active: options.active ?? true,
    }),
  );
  return {
    id: saved.id,
    username: saved.username,
    role: saved.role,
    regionCode: saved.regionCode,
    gridCodes: saved.gridCodes,
  };
}

/**
 * Signs in through the real `login` mutation and returns the access token; throws with the error code on refusal.
 * Clears the per-address login throttle first: every test request comes from the same address.
 */
export async function login(t: TestApp, username: string, password: string): Promise<string> {
  t.app.get(LoginThrottle, { strict: false }).reset();
  const res = await t.gql<{ login: { accessToken: string } }>(
    `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { username, password } },
  );
  if (!res.data?.login) {
    throw new Error(
      `login as ${username} failed: ${res.errors?.map((e) => e.extensions?.code ?? e.message).join(', ')}`,
    );
  }
  return res.data.login.accessToken;
}
