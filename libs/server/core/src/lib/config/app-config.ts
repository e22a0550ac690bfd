import { z } from 'zod';

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .transform((v) => v === true || v === 'true' || v === '1');

const hexKey = z.string().regex(/^[0-9a-f]{64}$/i, 'must be 64 hex characters (32 bytes)');

/** Environment variables understood by the API, validated once at boot. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.string().url(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().default('.data/files'),
    WEB_ROOT: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    JWT_SECRET: z.string().min(32),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(3600)
      .max(60 * 86400)
      .default(14 * 86400),
    ID_ENCRYPTION_KEY: hexKey,
    ID_HASH_KEY: hexKey,
    CORS_ORIGINS: z.string().default(''),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(30).default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(20000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    UPLOAD_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
    /** Sign-in attempts one client address may make per minute (all attempts, good or bad). */
    LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    JOBS_ENABLED: bool.default(true),
    PUBLIC_BASE_URL: z.string().default('http://localhost:3000'),
    /** Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated IPs/CIDRs); none by default. */
    TRUST_PROXY: z.string().default(''),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.JWT_SECRET.startsWith('dev-')) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['JWT_SECRET'],
        message: 'a development secret in production',
      });
    }
  });

export type AppConfigValues = z.infer<typeof configSchema>;

/** Typed, validated configuration. Nothing else in the product reads process.env. */
export class AppConfig {
  private constructor(readonly values: AppConfigValues) {}

  get isProduction(): boolean {
    return this.values.NODE_ENV === 'production';
  }

  /** Parses an environment; throws one readable error listing every problem. */
  static fromEnv(env: Record<string, string | undefined> = process.env): AppConfig {
    const result = configSchema.safeParse(env);
    if (!result.success) {
      const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`Invalid configuration:\n${lines}`);
    }
    return new AppConfig(result.data);
  }
}
