import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/lib/domain/attachments";

/**
 * What a paperwork scan may be: a PDF or a photo (PNG/JPEG) of the document, up to 10 MB,
 * the type decided from the bytes (file-type) as for need attachments.
 */
export const SCAN_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
};
export const MAX_SCAN_BYTES = MAX_ATTACHMENT_BYTES;
export const MAX_SCAN_MB = MAX_ATTACHMENT_MB;
export const SCAN_ACCEPT = ".pdf,.png,.jpg,.jpeg";
