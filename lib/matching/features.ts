import type { UmkmScale } from "@/lib/generated/prisma/enums";
import type { NeedProfile } from "@/lib/matching/score";

// How a need's text and an UMKM's search vector become scoring features (pure). The queries
// that read them are lib/dal/matching/features.ts.

/** Words too common to say anything about a need (the `indonesian` configuration has no stop list). */
const STOP_WORDS = new Set([
  "yang",
  "dan",
  "di",
  "ke",
  "dari",
  "untuk",
  "dengan",
  "atau",
  "pada",
  "dalam",
  "per",
  "serta",
  "oleh",
  "sebagai",
  "ini",
  "itu",
  "akan",
  "para",
  "bagi",
  "kami",
  "kita",
  "tiap",
  "setiap",
  "secara",
  "adalah",
  "dapat",
  "harus",
  "tersebut",
  "juga",
  "lain",
  "sesuai",
  "minimal",
  "maksimal",
  "sekitar",
  "hingga",
  "sampai",
  "selama",
  "mulai",
  "the",
  "and",
  "for",
  "with",
  "of",
]);
export const MAX_TERMS = 10;
const TERM = /^[\p{L}\p{N}]{3,}$/u;

export type NeedForMatching = NeedProfile & { id: string; minScale: UmkmScale; maxScale: UmkmScale };

/**
 * The need's search terms from the stemmed lexemes of its title and description (each in order
 * of first position): title words first, no stop words, numbers or words under 3 characters,
 * none of `placeWords` (lexemes of the place names the need's text mentions and of the firm's
 * own name, address and site — "martabe", "kuala", "tanjung" say where, not what), at most MAX_TERMS.
 */
export function needTerms(
  titleLexemes: readonly string[],
  descriptionLexemes: readonly string[],
  placeWords: ReadonlySet<string> = new Set(),
): string[] {
  const terms = [...new Set([...titleLexemes, ...descriptionLexemes])].filter(
    (term) => TERM.test(term) && !STOP_WORDS.has(term) && !/^\p{N}+$/u.test(term) && !placeWords.has(term),
  );
  return terms.slice(0, MAX_TERMS);
}

/** Lexemes of a tsvector's text form: `'katering':1 'nasi':3,5` → {katering, nasi}. */
export function lexemesOf(tsvectorText: string | null): Set<string> {
  const lexemes = new Set<string>();
  for (const match of (tsvectorText ?? "").matchAll(/'((?:[^']|'')*)'/g)) lexemes.add(match[1]!.replaceAll("''", "'"));
  return lexemes;
}
