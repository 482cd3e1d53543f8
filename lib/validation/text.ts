import { z } from "zod";

/**
 * The one text primitive of every input schema (forms, URL filters, /api/v1 bodies and
 * queries, import rows): `text()` is `z.string()` that first refuses characters PostgreSQL
 * cannot store faithfully, so no user text reaches the database unchecked. ESLint forbids a
 * bare `z.string()` / `z.url()` outside this file (eslint.config.mjs).
 *
 * - U+0000 (NUL): PostgreSQL text and jsonb refuse it (SQLSTATE 22021 / 22P05: a 500).
 * - Unpaired UTF-16 surrogates (a JSON body's "\ud800" escape): UTF-8 cannot encode them;
 *   the driver would silently store U+FFFD instead.
 * Every other character (controls, bidi marks, emoji) is storable; fields that must not hold
 * them say so with their own rules.
 */

/** Message key of the refusal; every form's error catalogue has it (tests/unit/text-input.test.ts). */
export const TEXT_CHARACTER_ERROR = "textCharacter";

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

/** False when `value` holds a character PostgreSQL cannot store as sent (NUL, an unpaired surrogate). */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * `value` with every unstorable character made visible (NUL → "␀", an unpaired surrogate →
 * U+FFFD), for echoing refused input back, e.g. in an import's error report (a jsonb column).
 */
export function visibleText(value: string): string {
  return value.replace(UNSTORABLE_ALL, (char) => (char === "\u0000" ? "\u2400" : "\uFFFD"));
}

type StringParams = Parameters<typeof z.string>[0];
type UrlParams = Parameters<typeof z.url>[0];

/**
 * `z.string(params)` refusing unstorable characters first (message `textCharacter`; later
 * checks such as `.max()` do not run, so the field shows that one message). Chain as usual:
 * `text({ error: "required" }).trim().min(1, "required").max(200, "tooLong")`.
 */
export function text(params?: StringParams): z.ZodString {
  return z.string(params).refine(isStorableText, { error: TEXT_CHARACTER_ERROR, abort: true });
}

/** `z.url(params)` with the same refusal (WHATWG URL parsing keeps a NUL in the path). */
export function url(params?: UrlParams): z.ZodURL {
  return z.url(params).refine(isStorableText, { error: TEXT_CHARACTER_ERROR, abort: true });
}
