import { z } from 'zod';

/**
 * Environment, parsed once. Rate limits are written "count/window", e.g. "10/15m".
 * Read through getEnv(); tests may call resetEnv() after changing process.env.
 */
const limit = z
  .string()
  .regex(/^\d+\/\d+[smhd]$/, 'expected "<count>/<window>", e.g. 10/15m');

const flag = z
  .enum(['0', '1', 'true', 'false', 'on', 'off', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'on');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOSTNAME: z.string().min(1).default('localhost'),
    APP_URL: z.url().optional(),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
    PGLITE_DIR: z.string().min(1).default('.data/pglite'),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis://').optional(),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    DEMO: flag,
    RATE_LIMITS: z.enum(['on', 'off']).default('on'),
    RATE_LIMIT_SIGNIN_EMAIL: limit.default('10/15m'),
    RATE_LIMIT_SIGNIN_IP: limit.default('50/15m'),
    RATE_LIMIT_SIGNUP_IP: limit.default('20/1h'),
    RATE_LIMIT_INVITES_USER: limit.default('30/1h'),
    TRUST_PROXY: flag,
    EMERGENCY_NUMBER: z.string().default('115'),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(200).default(30_000),
    /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** How long SIGTERM waits for requests in flight before closing anyway. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    /** Production: `direct` serves /api/v1 from the route modules without Next's pipeline (lib/http/api-router.ts); `next` leaves it to Next. */
    API_ROUTER: z.enum(['direct', 'next']).default('direct'),
    /** `off` when a proxy in front (nginx) compresses: the instance then spends no CPU on gzip. */
    COMPRESSION: z.enum(['on', 'off']).default('on'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required in production (generate one with: openssl rand -base64 33)',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", so `AUTH_SECRET=` cannot pass as a secret.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function resetEnv() {
  cached = undefined;
}

export function parseLimit(value: string): { max: number; windowMs: number } {
  const [count, window] = value.split('/');
  const unit = window.slice(-1);
  const n = Number(window.slice(0, -1));
  const ms = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as 's' | 'm' | 'h' | 'd'];
  return { max: Number(count), windowMs: n * ms };
}
