/**
 * The flash message of an action that redirects (formAction's `{ redirect, flash }`): a
 * short-lived cookie holding one catalogue key ("nominations.nominated"), set by the action and
 * read once by the next page's FlashMessage (components/forms/flash-message.tsx), which deletes
 * it and announces the text in a polite live region. Client-safe: no server imports.
 */
export const FLASH_COOKIE = "portal_flash";

/** Seconds the flash waits for the next page (a redirect follows at once). */
export const FLASH_MAX_AGE = 60;

/** "namespace.key" (letters, digits, dots): a catalogue key, never prose or markup. */
export function isFlashKey(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*\.[A-Za-z][\w.]*$/.test(value) && value.length <= 100;
}

/** The flash key in a `document.cookie` string, or null (absent or not a catalogue key). */
export function flashFromCookies(cookieHeader: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== FLASH_COOKIE) continue;
    const value = decodeURIComponent(rest.join("="));
    return isFlashKey(value) ? value : null;
  }
  return null;
}
