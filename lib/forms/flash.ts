import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, FLASH_MAX_AGE, isFlashKey } from "@/lib/forms/flash-cookie";

/**
 * Leaves a flash message (a catalogue key, lib/forms/flash-cookie.ts) for the page an action
 * redirects to. Not httpOnly: the next page's FlashMessage reads and deletes it in the browser
 * (server components cannot delete cookies). It holds only a message key, nothing private.
 */
export async function setFlash(key: string): Promise<void> {
  if (!isFlashKey(key)) throw new Error(`flash message must be a catalogue key, got ${JSON.stringify(key)}`);
  (await cookies()).set(FLASH_COOKIE, key, {
    path: "/",
    maxAge: FLASH_MAX_AGE,
    sameSite: "lax",
    httpOnly: false,
    secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
  });
}
