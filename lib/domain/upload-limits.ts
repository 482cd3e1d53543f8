/**
 * Every upload size limit, in one place: the pages state them, the data layer and route
 * handlers enforce them, and next.config.ts sizes Next.js's own body buffers from them (so a
 * file the page allows is never cut short before the portal sees it).
 */
const MB = 1024 * 1024;

/** Bulk UMKM import (CSV/XLSX): a realistic 100,000-row CSV with every column is ≈ 18 MB. */
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * MB;

/** Data rows one import may hold (the target is 100,000); a longer file is refused before validation. */
export const MAX_IMPORT_ROWS = 200_000;
/** The values the import's messages interpolate ("Berkas lebih dari {maxMb} MB"). */
export const IMPORT_LIMIT_VALUES = { maxMb: MAX_IMPORT_MB, maxRows: MAX_IMPORT_ROWS };

/** Need attachments and paperwork scans. */
export const MAX_ATTACHMENT_MB = 10;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * MB;

/** Room around the file in a multipart body: boundaries, part headers, the form's other fields. */
export const MULTIPART_ALLOWANCE_BYTES = 1 * MB;

/** Largest request body a server action must accept (attachment and scan forms). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = MAX_ATTACHMENT_BYTES + MULTIPART_ALLOWANCE_BYTES;

/**
 * Largest body proxy.ts lets through whole. Next.js buffers request bodies for the proxy and
 * passes on only the first `proxyClientMaxBodySize` bytes of a larger one, so this must cover the
 * largest upload (the import, sent to a route handler) plus its multipart allowance.
 */
export const PROXY_BODY_LIMIT_BYTES = Math.max(MAX_IMPORT_BYTES, MAX_ATTACHMENT_BYTES) + MULTIPART_ALLOWANCE_BYTES;

/** An import request whose declared length cannot hold a file within the limit. */
export const isImportBodyTooLarge = (contentLength: string | null): boolean =>
  contentLength !== null &&
  /^\d+$/.test(contentLength) &&
  Number(contentLength) > MAX_IMPORT_BYTES + MULTIPART_ALLOWANCE_BYTES;
