import { ALL_ROLES } from "@/lib/access/roles";
import { readPaperworkScan } from "@/lib/dal/paperwork/paperwork";
import { downloadResponse } from "@/lib/http/download";
import { sessionRoute } from "@/lib/http/session-route";

/**
 * Downloads a paperwork item's scan for a signed-in user allowed to read that UMKM's
 * paperwork (offices, its owner; the data layer decides, anyone else gets 404). Always a
 * download with the type checked from the bytes at upload, nosniff, never cached.
 */
export const GET = sessionRoute<{ id: string }>(ALL_ROLES, async ({ user, params }) =>
  downloadResponse(await readPaperworkScan(user, params.id)),
);
