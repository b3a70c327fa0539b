import { z } from 'zod';

export const listNotificationsQuery = z.object({
  unread: z.enum(['1', 'true']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Only those delivered after this instant (catching up after a disconnect). */
  since: z.iso.datetime({ offset: true }).optional(),
});

export const markReadInput = z.object({
  /** Without ids, every notification is marked read. */
  ids: z.array(z.uuid()).max(200).optional(),
});
