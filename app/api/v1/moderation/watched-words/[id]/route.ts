import { authedRoute, noContent } from '@/lib/http/route';
import { idParams } from '@/lib/moderation/input';
import { removeWatchedWord } from '@/lib/moderation/service';

export const DELETE = authedRoute({ params: idParams }, async ({ db, viewer, params }) => {
  await removeWatchedWord(db, viewer, params.id);
  return noContent();
});
