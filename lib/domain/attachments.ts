/**
 * What may be attached to a supply need: specifications and standards as PDF, images, and
 * office documents, up to 10 MB. The type is decided from the file's bytes (file-type), never
 * from its name or the browser's claim.
 */
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/lib/domain/upload-limits";
export const MAX_ATTACHMENTS_PER_NEED = 10;

export const ALLOWED_ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

/** The accept attribute of the upload field (a hint for the picker; the server decides). */
export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx";

/** RFC 6266/5987 Content-Disposition that always downloads and keeps non-ASCII names. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
