import "server-only";
import { getNeed, type NeedDetail } from "@/lib/dal/need-detail";
import type { SessionUser } from "@/lib/session-user";
import { answerPageError } from "@/lib/security/refusals";

/** The need, or the 404 page: another firm's need looks exactly like a missing one. */
export async function loadNeedOr404(user: SessionUser, id: string): Promise<NeedDetail> {
  try {
    return await getNeed(user, id);
  } catch (error) {
    return answerPageError(error);
  }
}
