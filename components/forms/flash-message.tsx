"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { FLASH_COOKIE, flashFromCookies } from "@/lib/forms/flash-cookie";

/**
 * Shows, once, the flash message an action left before redirecting here ("Nominasi terkirim."):
 * the live region is in the page from the start and gets its text after hydration, so screen
 * readers announce it politely; the cookie is deleted as soon as it is read.
 */
export function FlashMessage() {
  const t = useTranslations();
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    const found = flashFromCookies(document.cookie);
    if (!found) return;
    document.cookie = `${FLASH_COOKIE}=; Max-Age=0; path=/; SameSite=Lax`;
    // Reading a cookie is a browser-only effect; the text appears once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKey(found);
  }, []);
  const text = key && t.has(key as never) ? t(key as never) : null;
  return (
    <div role="status" aria-live="polite" data-testid="flash-message">
      {text && <p className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">{text}</p>}
    </div>
  );
}
