'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/http/action';
import { safetySettingsInput } from '@/lib/settings/input';
import { updateSafetySettings } from '@/lib/settings/service';

/** The flat form → the one safety input; an empty name and phone mean "no crisis line". */
const safetyForm = z
  .object({
    emergencyNumber: z.string().optional(),
    crisisName: z.string().optional(),
    crisisPhone: z.string().optional(),
    crisisHours: z.string().optional(),
  })
  .transform(
    (f) =>
      ({
        emergencyNumber: f.emergencyNumber ?? '',
        crisisLine: f.crisisName || f.crisisPhone ? { name: f.crisisName ?? '', phone: f.crisisPhone ?? '', hours: f.crisisHours } : null,
      }) as z.input<typeof safetySettingsInput>,
  )
  .pipe(safetySettingsInput);

export const updateSafetyAction = authedAction(
  safetyForm,
  async ({ db, viewer, input }) => {
    await updateSafetySettings(db, viewer, input);
    revalidatePath('/', 'layout');
  },
  { success: 'admin.saved' },
);
