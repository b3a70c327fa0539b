import { z } from 'zod';
import { LOCALES } from '@/db/schema/accounts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }));

export const passwordSchema = z
  .string()
  .min(8, 'Use at least 8 characters')
  .max(200, 'Use at most 200 characters');

export const nameSchema = z.string().trim().min(1, 'Enter your name').max(80, 'Use at most 80 characters');

export const localeSchema = z.enum(LOCALES);

export const registerInput = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: nameSchema,
    locale: localeSchema.optional(),
    invitationCode: z.string().trim().max(32).optional(),
  })
  .refine((v) => v.password.toLowerCase() !== v.email, {
    path: ['password'],
    message: 'Your password must not be your e-mail address',
  });

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(200),
});

export const updateProfileInput = z
  .object({ name: nameSchema.optional(), locale: localeSchema.optional() })
  .refine((v) => v.name !== undefined || v.locale !== undefined, { message: 'Nothing to change' });

/**
 * Circles she owns are handed to a member she picks, or deleted (the default when she names
 * none).
 */
export const deleteAccountInput = z.object({
  password: z.string().min(1, 'Enter your password').max(200),
  circles: z
    .array(z.object({ circleId: z.uuid(), transferTo: z.uuid().nullable() }))
    .max(50)
    .optional(),
});

export type RegisterInput = z.infer<typeof registerInput>;
export type SignInInput = z.infer<typeof signInInput>;
