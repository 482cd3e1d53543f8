import "server-only";
import { notFound } from "next/navigation";
import { getNeed, type NeedDetail } from "@/lib/dal/need-detail";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";

/** The need, or the 404 page: another firm's need looks exactly like a missing one. */
export async function loadNeedOr404(user: SessionUser, id: string): Promise<NeedDetail> {
  try {
    return await getNeed(user, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
