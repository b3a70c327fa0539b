import { z } from 'zod';
import { deleteAccountInput, registerInput, signInInput, updateProfileInput } from '@/lib/accounts/input';
import { createCircleInput, createInvitationInput } from '@/lib/circles/input';
import { USER_ROLES, LOCALES } from '@/db/schema/accounts';
import { CIRCLE_ROLES, RELATIONSHIPS } from '@/db/schema/circles';
import { ERROR_STATUS } from '@/lib/http/errors';

/**
 * The OpenAPI document of /api/v1, generated from the same zod schemas the handlers parse
 * with. Response shapes are described here with zod too, so they are checked by the tests.
 */
const iso = z.iso.datetime();

export const userView = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  locale: z.enum(LOCALES),
  createdAt: iso.optional(),
});

export const memberView = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(CIRCLE_ROLES),
  relationship: z.enum(RELATIONSHIPS),
  joinedAt: iso,
});

export const circleView = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerId: z.uuid(),
  createdAt: iso,
  myRole: z.enum(CIRCLE_ROLES),
  members: z.array(memberView),
});

export const circleSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerId: z.uuid(),
  createdAt: iso,
  myRole: z.enum(CIRCLE_ROLES),
  memberCount: z.number().int(),
});

export const invitationView = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  code: z.string().describe('8 characters shown as ABCD-2345'),
  url: z.url(),
  relationship: z.enum(RELATIONSHIPS),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  createdAt: iso,
  expiresAt: iso,
});

export const invitationPreview = z.object({
  circleName: z.string(),
  inviterName: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  expiresAt: iso,
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
});

export const errorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const healthView = z.object({ status: z.enum(['ok', 'down']), db: z.enum(['ok', 'down']), redis: z.enum(['ok', 'down']).optional() });

type Schema = z.ZodType;
interface Op {
  summary: string;
  body?: Schema;
  ok: [number, Schema | null];
  errors: number[];
  idempotent?: boolean;
  auth?: boolean;
}

const json = (schema: Schema) => ({ 'application/json': { schema: z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) } });

function operation(op: Op, pathParams: string[]) {
  const responses: Record<string, unknown> = {
    [op.ok[0]]: op.ok[1] ? { description: 'Success', content: json(op.ok[1]) } : { description: 'Success, no content' },
  };
  for (const status of op.errors) responses[status] = { description: 'Error', content: json(errorBody) };
  return {
    summary: op.summary,
    ...(op.auth === false ? { security: [] } : {}),
    parameters: [
      ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(op.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }] : []),
    ],
    ...(op.body ? { requestBody: { required: true, content: json(op.body) } } : {}),
    responses,
  };
}

const paths: Record<string, Record<string, Op>> = {
  '/api/health': { get: { summary: 'Liveness: the database answers', ok: [200, healthView], errors: [503], auth: false } },
  '/api/ready': { get: { summary: 'Readiness: the database (and Redis when used) answer', ok: [200, healthView], errors: [503], auth: false } },
  '/api/v1/register': {
    post: { summary: 'Create an account (role mother; member when joining with an invitation code)', body: registerInput, ok: [201, userView.extend({ circleId: z.uuid().nullable() })], errors: [400, 409, 413, 429], idempotent: true, auth: false },
  },
  '/api/v1/session': {
    post: { summary: 'Sign in; sets the session cookie', body: signInInput, ok: [200, userView], errors: [400, 401, 429], auth: false },
    delete: { summary: 'Sign out on this device', ok: [204, null], errors: [], auth: false },
  },
  '/api/v1/me': {
    get: { summary: 'The signed-in user', ok: [200, userView], errors: [401] },
    patch: { summary: 'Change name or language', body: updateProfileInput, ok: [200, userView], errors: [400, 401] },
    delete: { summary: 'Erase my account (password required); every session stops', body: deleteAccountInput, ok: [204, null], errors: [400, 401] },
  },
  '/api/v1/me/sign-out-everywhere': { post: { summary: 'End every session of mine, on every device', ok: [204, null], errors: [401] } },
  '/api/v1/circles': {
    get: { summary: 'My circles', ok: [200, z.object({ items: z.array(circleSummary) })], errors: [401] },
    post: { summary: 'Create a circle; I become its owner', body: createCircleInput, ok: [201, circleView], errors: [400, 401], idempotent: true },
  },
  '/api/v1/circles/{id}': { get: { summary: 'A circle I belong to, with its members', ok: [200, circleView], errors: [401, 404] } },
  '/api/v1/circles/{id}/invitations': {
    get: { summary: 'Open invitations (owner)', ok: [200, z.object({ items: z.array(invitationView) })], errors: [401, 403, 404] },
    post: { summary: 'Invite someone: a link and a code valid 7 days', body: createInvitationInput, ok: [201, invitationView], errors: [400, 401, 403, 404, 429], idempotent: true },
  },
  '/api/v1/circles/{id}/invitations/{invitationId}': { delete: { summary: 'Revoke an open invitation (owner)', ok: [204, null], errors: [401, 403, 404] } },
  '/api/v1/circles/{id}/members/{userId}': { delete: { summary: 'Remove a member (owner)', ok: [204, null], errors: [401, 403, 404, 409] } },
  '/api/v1/circles/{id}/leave': { post: { summary: 'Leave a circle (members; the owner cannot)', ok: [204, null], errors: [401, 404, 409] } },
  '/api/v1/invitations/{code}': { get: { summary: 'Who invites me, to which circle, as what', ok: [200, invitationPreview], errors: [401, 404] } },
  '/api/v1/invitations/{code}/accept': { post: { summary: 'Join the circle', ok: [200, circleView], errors: [401, 404, 409] } },
};

export function buildOpenApiDocument() {
  const built: Record<string, Record<string, unknown>> = {};
  for (const [path, ops] of Object.entries(paths)) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    built[path] = Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, operation(op, params)]));
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Village API',
      version: '1.0.0',
      description:
        'JSON API of Village. Errors are {"error":{"code","message","fields?"}}. Sessions are the Auth.js cookie (POST /api/v1/session sets it) or an Authorization: Bearer token with the same value.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths: built,
  };
}
