import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { peerGroups } from '@/db/schema';

/** The topic groups every Village has, in both languages. Upserted by slug at start. */
export const GROUP_CATALOGUE = [
  {
    slug: 'low-supply',
    nameVi: 'Ít sữa',
    nameEn: 'Low supply',
    descriptionVi: 'Lo vì sữa về ít? Ở đây mình kể cảm giác của mình và nhận sự cảm thông, không so ai với ai.',
    descriptionEn: 'Worried your milk is low? Share how it feels and be heard, with no measuring against anyone.',
  },
  {
    slug: 'night-feeds',
    nameVi: 'Cữ bú đêm',
    nameEn: 'Night feeds',
    descriptionVi: 'Cho những ai đang thức lúc 3 giờ sáng: vài lời động viên và mẹo nhỏ để qua đêm dễ hơn.',
    descriptionEn: 'For whoever is awake at 3 a.m.: company, kind words and small tricks for the long nights.',
  },
  {
    slug: 'pumping-work',
    nameVi: 'Hút sữa và đi làm lại',
    nameEn: 'Pumping and going back to work',
    descriptionVi: 'Sắp xếp giờ hút sữa, nói chuyện với chỗ làm, và giữ bình tĩnh khi mọi thứ thay đổi.',
    descriptionEn: 'Fitting pumping into a work day, talking to your employer, staying calm through the change.',
  },
  {
    slug: 'feelings',
    nameVi: 'Cảm xúc sau sinh',
    nameEn: 'Feelings after birth',
    descriptionVi: 'Buồn, lo, mệt hay lẫn lộn đều được. Nói ra để nhẹ lòng; khi cần, hãy tìm đến bác sĩ.',
    descriptionEn: 'Sad, anxious, tired or all of it at once: say it here. When it lasts, a doctor can help.',
  },
  {
    slug: 'food-recovery',
    nameVi: 'Ăn uống và hồi phục',
    nameEn: 'Food and recovery',
    descriptionVi: 'Món ăn ấm, uống đủ nước, nghỉ ngơi: chia sẻ những gì giúp cơ thể mình hồi phục.',
    descriptionEn: 'Warm meals, enough water, real rest: what helps your body heal after the birth.',
  },
  {
    slug: 'partners-grandparents',
    nameVi: 'Chồng và ông bà',
    nameEn: 'Partners and grandparents',
    descriptionVi: 'Làm sao để cả nhà cùng chia việc, và nói với người thân điều mình cần mà không mệt thêm.',
    descriptionEn: 'Getting the family to share the load, and telling them what you need without more strain.',
  },
] as const;

export async function ensurePeerGroups(db: Db): Promise<void> {
  await db
    .insert(peerGroups)
    .values(GROUP_CATALOGUE.map((g, i) => ({ ...g, position: i })))
    .onConflictDoUpdate({
      target: peerGroups.slug,
      set: {
        nameVi: sql`excluded.name_vi`,
        nameEn: sql`excluded.name_en`,
        descriptionVi: sql`excluded.description_vi`,
        descriptionEn: sql`excluded.description_en`,
        position: sql`excluded.position`,
      },
    });
}
