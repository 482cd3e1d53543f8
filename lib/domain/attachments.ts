/**
 * What may be attached to a supply need: specifications and standards as PDF, images, and
 * office documents, up to 10 MB. The type is decided from the file's bytes (file-type), never
 * from its name or the browser's claim.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = 10;
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

/**
 * A file name safe to store and show: path parts, control characters and quotes removed,
 * at most 150 characters, never empty.
 */
export function cleanFileName(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim().slice(0, 150);
  return cleaned.length > 0 ? cleaned : `lampiran.${extension}`;
}

/** RFC 6266/5987 Content-Disposition that always downloads and keeps non-ASCII names. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
