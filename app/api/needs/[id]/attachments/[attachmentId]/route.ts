import { getSession } from "@/lib/auth";
import { readNeedAttachment } from "@/lib/dal/need-attachments";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/http/download";
import { problemFromAppError, problemResponse } from "@/lib/http/problem";

/**
 * Downloads a need's attachment for a signed-in user allowed to see the need (the data layer
 * decides; anyone else gets 404). Always a download, never rendered inline, with the type the
 * bytes were checked to be and nosniff.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const user = await getSession();
  if (!user) return problemResponse(401, "Authentication required");
  const { id, attachmentId } = await params;
  try {
    const file = await readNeedAttachment(user, id, attachmentId);
    return downloadResponse(file);
  } catch (error) {
    if (error instanceof AppError) return problemFromAppError(error);
    throw error;
  }
}
