import { getSession } from "@/lib/auth";
import { readPaperworkScan } from "@/lib/dal/paperwork";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/http/download";
import { problemFromAppError, problemResponse } from "@/lib/http/problem";

/**
 * Downloads a paperwork item's scan for a signed-in user allowed to read that UMKM's
 * paperwork (offices, its owner; the data layer decides, anyone else gets 404). Always a
 * download with the type checked from the bytes at upload, nosniff, never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getSession();
  if (!user) return problemResponse(401, "Authentication required");
  const { id } = await params;
  try {
    const file = await readPaperworkScan(user, id);
    return downloadResponse(file);
  } catch (error) {
    if (error instanceof AppError) return problemFromAppError(error);
    throw error;
  }
}
