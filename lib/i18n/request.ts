import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE, toLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

// No locale in the URL: officers share links across languages, so the locale is a cookie
// (set by the language switcher), defaulting to Indonesian.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: await loadMessages(locale),
    // Dates are not formatted through next-intl: lib/format/dates.ts is the one rule (dd/mm/yyyy, WIB).
    formats: {
      number: { rupiah: { style: "currency", currency: "IDR", maximumFractionDigits: 0 } },
    },
  };
});
