import { resetEnv } from '@/lib/env';

// Route handlers and socket auth sign and read session JWTs with this secret.
process.env.AUTH_SECRET ??= 'test-secret-for-village-vitest-0123456789abcdef';
if (process.env.AUTH_SECRET === '') process.env.AUTH_SECRET = 'test-secret-for-village-vitest-0123456789abcdef';
process.env.RATE_LIMITS = 'off';
delete process.env.APP_URL;
delete process.env.DATABASE_URL;
resetEnv();
