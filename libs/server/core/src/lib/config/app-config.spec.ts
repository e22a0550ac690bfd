import { AppConfig } from './app-config';

const HEX_A = 'a'.repeat(64);
const HEX_B = '0123456789abcdef'.repeat(4);
const SECRET = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** The smallest environment that boots. */
function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    DATABASE_URL: 'postgres://xz:pw@127.0.0.1:5432/xiangzhi',
    JWT_SECRET: SECRET,
    ID_ENCRYPTION_KEY: HEX_A,
    ID_HASH_KEY: HEX_B,
    ...extra,
  };
}

function failure(e: Record<string, string | undefined>): string {
  try {
    AppConfig.fromEnv(e);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('AppConfig.fromEnv', () => {
  it('fills in the documented defaults', () => {
    const c = AppConfig.fromEnv(env());
    expect(c.values).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      DATA_DIR: '.data/files',
      LOG_LEVEL: 'info',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_SECONDS: 14 * 86400,
      CORS_ORIGINS: '',
      GRAPHQL_MAX_DEPTH: 10,
      GRAPHQL_MAX_COST: 20000,
      GRAPHQL_MAX_ALIASES: 15,
      BODY_LIMIT_BYTES: 1024 * 1024,
      UPLOAD_LIMIT_BYTES: 10 * 1024 * 1024,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCK_SECONDS: 900,
      JOBS_ENABLED: true,
      TRUST_PROXY: '',
    });
    expect(c.values.WEB_ROOT).toBeUndefined();
    expect(c.isProduction).toBe(false);
  });

  it('reads numbers and booleans from strings', () => {
    const c = AppConfig.fromEnv(
      env({ PORT: '8080', GRAPHQL_MAX_DEPTH: '7', JOBS_ENABLED: 'false', UPLOAD_LIMIT_BYTES: '2048' }),
    );
    expect(c.values.PORT).toBe(8080);
    expect(c.values.GRAPHQL_MAX_DEPTH).toBe(7);
    expect(c.values.JOBS_ENABLED).toBe(false);
    expect(c.values.UPLOAD_LIMIT_BYTES).toBe(2048);
    expect(AppConfig.fromEnv(env({ JOBS_ENABLED: '0' })).values.JOBS_ENABLED).toBe(false);
    expect(AppConfig.fromEnv(env({ JOBS_ENABLED: '1' })).values.JOBS_ENABLED).toBe(true);
    expect(AppConfig.fromEnv(env({ JOBS_ENABLED: 'true' })).values.JOBS_ENABLED).toBe(true);
  });

  it('ignores variables it does not know', () => {
    expect(() => AppConfig.fromEnv(env({ PATH: '/usr/bin', HOME: '/root' }))).not.toThrow();
  });

  it('lists every invalid or missing value in one error', () => {
    const message = failure({
      JWT_SECRET: 'short',
      ID_ENCRYPTION_KEY: 'not-hex',
      PORT: 'eighty',
      GRAPHQL_MAX_DEPTH: '1',
      BODY_LIMIT_BYTES: '10',
      NODE_ENV: 'staging',
      JOBS_ENABLED: 'yes',
    });
    expect(message).toMatch(/^Invalid configuration:/);
    for (const name of [
      'DATABASE_URL',
      'JWT_SECRET',
      'ID_ENCRYPTION_KEY',
      'ID_HASH_KEY',
      'PORT',
      'GRAPHQL_MAX_DEPTH',
      'BODY_LIMIT_BYTES',
      'NODE_ENV',
      'JOBS_ENABLED',
    ]) {
      expect(message).toContain(`  ${name}: `);
    }
    expect(message).toContain('must be 64 hex characters');
  });

  it('never repeats a secret value in its error', () => {
    const message = failure(env({ JWT_SECRET: 'tooshort-but-secret', ID_HASH_KEY: 'zz-secret-hash-key', PORT: '0' }));
    expect(message).not.toContain('tooshort-but-secret');
    expect(message).not.toContain('zz-secret-hash-key');
  });

  it('refuses a development JWT secret in production', () => {
    const message = failure(env({ NODE_ENV: 'production', JWT_SECRET: 'dev-secret-that-is-long-enough-0000000' }));
    expect(message).toContain('JWT_SECRET: a development secret in production');
  });

  it('accepts a development JWT secret outside production', () => {
    const c = AppConfig.fromEnv(env({ NODE_ENV: 'development', JWT_SECRET: 'dev-secret-that-is-long-enough-0000000' }));
    expect(c.isProduction).toBe(false);
  });

  it('accepts production with a real secret', () => {
    const c = AppConfig.fromEnv(env({ NODE_ENV: 'production' }));
    expect(c.isProduction).toBe(true);
  });
});
