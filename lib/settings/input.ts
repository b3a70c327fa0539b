import { z } from 'zod';

const phone = z.string().trim().regex(/^[0-9 +().-]{2,20}$/, 'Use digits, spaces and + ( ) - only');

export const safetySettingsInput = z.object({
  emergencyNumber: phone,
  crisisLine: z
    .object({
      name: z.string().trim().min(1, 'Name the service').max(80),
      phone,
      hours: z.string().trim().max(60).optional(),
    })
    .nullable(),
});

export type SafetySettings = z.infer<typeof safetySettingsInput>;
