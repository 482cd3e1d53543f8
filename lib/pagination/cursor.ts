import { z } from "zod";
import { AppError, fieldError } from "@/lib/errors";
import { text } from "@/lib/validation/text";

/**
 * The one keyset-cursor codec of every paged list (needs, matches board, audit log,
 * notifications, UMKM registry) and of the API. A cursor is the last row's sort key(s) and id
 * as base64url JSON; decoding checks the exact shape with zod, so a cursor this list did not
 * make — edited, from another list, `{"x":"' OR 1=1--"}` — never reaches a query.
 *
 * - `decode(raw)`: the value, or null (absent or invalid).
 * - `parse(raw)`: the value, null when absent, and for an invalid one an AppError
 *   INVALID_INPUT "cursorInvalid" (path `cursor`): 400 problem+json in the API.
 * Pages load through `pageOrFirst()`, which shows the first page instead and says so.
 */

/** Message key of a refused cursor (`needValidation`, API problems). */
export const CURSOR_INVALID = "cursorInvalid";
/** Longer than any cursor we issue; anything longer is not ours. */
export const MAX_CURSOR_LENGTH = 400;

const RAW = /^[A-Za-z0-9_-]+$/;

/** Field types a cursor is made of, in the forms PostgreSQL accepts back. */
export const cursorField = {
  /** A row id (any 8-4-4-4-12 hex: seeded fixed ids are not all RFC 4122 variants). */
  id: z.guid(),
  /** An instant as `toISOString()` writes it (years 0001–9999: PostgreSQL's range). */
  instant: z.iso.datetime().refine((value) => !value.startsWith("0000"), "year"),
  /** A non-negative bigint as digits (int8 holds 18 digits safely). */
  digits: text().regex(/^\d{1,18}$/),
};

/** The error a list raises for a cursor it did not make (the shape may be right, the list wrong). */
export function invalidCursorError(): AppError {
  return fieldError("INVALID_INPUT", "cursor", CURSOR_INVALID);
}

/** True for the error `parse()` / `invalidCursorError()` raise. */
export function isInvalidCursorError(error: unknown): boolean {
  return error instanceof AppError && error.code === "INVALID_INPUT" && error.message === CURSOR_INVALID;
}

export type CursorCodec<T> = {
  encode(value: T): string;
  decode(raw: string | null | undefined): T | null;
  parse(raw: string | null | undefined): T | null;
};

/** A codec for cursors of `shape` (unknown keys are refused too). */
export function cursorCodec<S extends z.ZodObject>(shape: S): CursorCodec<z.output<S>> {
  const strict = shape.strict() as unknown as S;
  const decode = (raw: string | null | undefined): z.output<S> | null => {
    if (typeof raw !== "string" || raw.length > MAX_CURSOR_LENGTH || !RAW.test(raw)) return null;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    } catch {
      return null;
    }
    const parsed = strict.safeParse(json);
    return parsed.success ? parsed.data : null;
  };
  return {
    encode: (value) => Buffer.from(JSON.stringify(strict.parse(value))).toString("base64url"),
    decode,
    parse(raw) {
      if (raw === null || raw === undefined || raw === "") return null;
      const value = decode(raw);
      if (value === null) throw invalidCursorError();
      return value;
    },
  };
}

/** The common keyset: newest first on (timestamp, id). */
export const instantIdCursor = cursorCodec(z.object({ t: cursorField.instant, id: cursorField.id }));
/** An id-ordered keyset (the UMKM registry). */
export const idCursor = cursorCodec(z.object({ id: cursorField.id }));

/** The `?cursor=` / `?after=` parameter as a filter schema sees it (its content: the codec). */
export const cursorParamSchema = text({ error: CURSOR_INVALID })
  .max(MAX_CURSOR_LENGTH, { error: CURSOR_INVALID })
  .regex(RAW, { error: CURSOR_INVALID });

/**
 * Loads the page at `cursor`; when the list refuses the cursor (`isInvalidCursorError`), loads
 * the first page instead and reports `isCursorInvalid` so the page can tell the reader.
 */
export async function pageOrFirst<P>(
  cursor: string | null | undefined,
  load: (cursor: string | undefined) => Promise<P>,
): Promise<{ page: P; isCursorInvalid: boolean }> {
  if (!cursor) return { page: await load(undefined), isCursorInvalid: false };
  try {
    return { page: await load(cursor), isCursorInvalid: false };
  } catch (error) {
    if (!isInvalidCursorError(error)) throw error;
    return { page: await load(undefined), isCursorInvalid: true };
  }
}
