import { getSession } from "@/lib/auth";
import { readNeedAttachment } from "@/lib/dal/need-attachments";
import { attachmentDisposition } from "@/lib/domain/attachments";
import { AppError } from "@/lib/errors";
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
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": attachmentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return problemFromAppError(error);
    throw error;
  }
}
