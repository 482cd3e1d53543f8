/** Bahasa Indonesia first, English second (DESIGN.md "Language and access"). */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** North Sumatra is on WIB. */
export const TIME_ZONE = "Asia/Jakarta";

/** Narrows any string (cookie, header, user setting) to a supported locale, else the default. */
export function toLocale(value: string | undefined | null): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE;
}
