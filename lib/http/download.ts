import { attachmentDisposition } from "@/lib/domain/attachments";

/** A stored file as the data layer hands it out (type checked from the bytes at upload). */
export type StoredFileDto = { bytes: Uint8Array | Buffer; mimeType: string; fileName: string };

/**
 * The one way uploaded files leave the portal: always a download (never rendered inline),
 * with the type checked at upload, nosniff, and never cached by shared caches.
 */
export function downloadResponse(file: StoredFileDto): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
