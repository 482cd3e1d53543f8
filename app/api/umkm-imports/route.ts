import { after } from "next/server";
import { UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { startUmkmImport, validateUmkmImport } from "@/lib/dal/umkm/umkm-import";
import { isImportBodyTooLarge } from "@/lib/domain/upload-limits";
import { AppError } from "@/lib/errors";
import { sessionRoute } from "@/lib/http/session-route";

/** The file refusals of startUmkmImport, shown by the import page (umkmImport.<key>). */
const FILE_KEYS = new Set(["fileEmpty", "fileTooLarge", "fileType"]);

// Upload of a bulk UMKM import (multipart form from /umkm/import, works without JavaScript).
// A route handler rather than a server action: files up to 20 MB exceed the action body limit.
// The file is stored and the job opened here; validation runs after the response (the job page
// polls its progress), then the browser is sent to the job page with 303.
export const dynamic = "force-dynamic";

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export const POST = sessionRoute(UMKM_REGISTRY_ROLES, async ({ request, user }) => {
  // The role is refused before a 20 MB body is read; the data layer checks it again.
  // A body longer than the limit is refused unread: Next.js would hand on only its first
  // PROXY_BODY_LIMIT_BYTES, and the cut multipart would look like "no file chosen".
  if (isImportBodyTooLarge(request.headers.get("content-length"))) return seeOther("/umkm/import?error=fileTooLarge");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return seeOther("/umkm/import?error=fileRequired");
  }
  try {
    const job = await startUmkmImport(user, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    // Failures mark the job FAILED (shown on its page); nothing is imported in this step.
    after(() =>
      validateUmkmImport(user, job.id).catch((error: unknown) =>
        console.error("UMKM import validation failed", job.id, error),
      ),
    );
    return seeOther(`/umkm/import?job=${job.id}`);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT")
      return seeOther(`/umkm/import?error=${FILE_KEYS.has(error.message) ? error.message : "fileRequired"}`);
    throw error;
  }
});
