/**
 * The flash message of an action that redirects (formAction's `{ redirect, flash }`): a
 * short-lived cookie holding one key of the `flash` catalogue ("nominationSent"), set by the action and
 * read once by the next page's FlashMessage (components/forms/flash-message.tsx), which deletes
 * it and announces the text in a polite live region. Client-safe: no server imports.
 */
export const FLASH_COOKIE = "portal_flash";

/** Seconds the flash waits for the next page (a redirect follows at once). */
export const FLASH_MAX_AGE = 60;

/**
 * The flash messages: the keys of the `flash` catalogue (lib/i18n/messages/{id,en}/flash.json).
 * One small namespace, so the browser gets these few texts and not the whole catalogue.
 */
export const FLASH_KEYS = [
  "needSaved",
  "firmCreated",
  "umkmSaved",
  "nominationSent",
  "allocationStarted",
  "matchShortlisted",
  "matchApproved",
  "matchRejected",
  "introductionAccepted",
  "introductionDeclined",
  "interestConfirmed",
  "agreementRecorded",
  "partnershipEnded",
] as const;
export type FlashKey = (typeof FLASH_KEYS)[number];

/** One of FLASH_KEYS: never prose or markup. */
export function isFlashKey(value: string): value is FlashKey {
  return (FLASH_KEYS as readonly string[]).includes(value);
}

/** The flash key in a `document.cookie` string, or null (absent or not a catalogue key). */
export function flashFromCookies(cookieHeader: string): FlashKey | null {
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== FLASH_COOKIE) continue;
    const value = decodeURIComponent(rest.join("="));
    return isFlashKey(value) ? value : null;
  }
  return null;
}
