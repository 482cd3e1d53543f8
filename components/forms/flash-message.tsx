"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { FLASH_COOKIE, flashFromCookies, type FlashKey } from "@/lib/forms/flash-cookie";

/**
 * Shows, once, the flash message an action left before redirecting here ("Nominasi terkirim."):
 * the live region is in the page from the start and gets its text after hydration, so screen
 * readers announce it politely; the cookie is deleted as soon as it is read. It lives in the
 * portal layout, which stays mounted across client navigations (an action's redirect is one), so
 * it looks again on every new path — and drops the previous page's message.
 */
export function FlashMessage() {
  const t = useTranslations("flash");
  const pathname = usePathname();
  const [key, setKey] = useState<FlashKey | null>(null);
  useEffect(() => {
    const found = flashFromCookies(document.cookie);
    if (found) document.cookie = `${FLASH_COOKIE}=; Max-Age=0; path=/; SameSite=Lax`;
    // Reading a cookie is a browser-only effect; the text appears once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKey(found);
  }, [pathname]);
  const text = key ? t(key) : null;
  return (
    <div role="status" aria-live="polite" data-testid="flash-message">
      {text && <p className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">{text}</p>}
    </div>
  );
}
