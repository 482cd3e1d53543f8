import { ALL_ROLES } from "@/lib/access/roles";
import { readNeedAttachment } from "@/lib/dal/needs/need-attachments";
import { downloadResponse } from "@/lib/http/download";
import { sessionRoute } from "@/lib/http/session-route";

/**
 * Downloads a need's attachment for a signed-in user allowed to see the need (the data layer
 * decides; anyone else gets 404). Always a download, never rendered inline, with the type the
 * bytes were checked to be and nosniff.
 */
export const GET = sessionRoute<{ id: string; attachmentId: string }>(ALL_ROLES, async ({ user, params }) =>
  downloadResponse(await readNeedAttachment(user, params.id, params.attachmentId)),
);
