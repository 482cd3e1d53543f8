import "server-only";
import type { Actor } from "@/lib/actor";
import { getNeed } from "@/lib/dal/needs/need-detail";

/** A need as the API shows it: the detail DTO without UI-only flags. */
export async function needResource(actor: Actor, id: string) {
  const { canEdit: _canEdit, ...need } = await getNeed(actor, id);
  return need;
}
