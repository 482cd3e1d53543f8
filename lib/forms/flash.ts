import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, FLASH_MAX_AGE, isFlashKey, type FlashKey } from "@/lib/forms/flash-cookie";

/**
 * Leaves a flash message (a key of the `flash` catalogue, lib/forms/flash-cookie.ts) for the page an action
 * redirects to. Not httpOnly: the next page's FlashMessage reads and deletes it in the browser
 * (server components cannot delete cookies). It holds only a message key, nothing private.
 */
export async function setFlash(key: FlashKey): Promise<void> {
  if (!isFlashKey(key))
    throw new Error(`flash message must be a key of the flash catalogue, got ${JSON.stringify(key)}`);
  (await cookies()).set(FLASH_COOKIE, key, {
    path: "/",
    maxAge: FLASH_MAX_AGE,
    sameSite: "lax",
    httpOnly: false,
    secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
  });
}
