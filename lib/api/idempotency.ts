import { createHash } from "node:crypto";

/**
 * The Idempotency-Key request header (IETF draft-ietf-httpapi-idempotency-key-header) of
 * POST /api/v1/needs: 1–255 visible ASCII characters, e.g. a UUID the client makes per need.
 */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The header's value: absent → null, malformed → "invalid". */
export function idempotencyKeyOf(request: Request): string | null | "invalid" {
  const value = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (value === null) return null;
  const key = value.trim();
  return KEY_PATTERN.test(key) ? key : "invalid";
}

/** JSON with object members in sorted order, so the same body hashes the same however it is spaced or ordered. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** What a retry must repeat exactly for its key to replay the first answer: method, path and body. */
export function requestHashOf(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`, "utf8")
    .digest("hex");
}
