import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, pickMessages, type ClientSegment } from "@/lib/i18n/client-namespaces";

/**
 * The client catalogue of one app/ folder: a NextIntlClientProvider with only the namespaces
 * its client components read (lib/i18n/client-namespaces.ts). Rendered on the server, where
 * next-intl fills in locale, time zone and formats from lib/i18n/request.ts, so numbers
 * formatted in client components keep working (dates: lib/format/dates.ts, no provider needed). It replaces, not merges with, the
 * messages of a provider above it.
 */
export async function ClientMessages({ segment, children }: { segment: ClientSegment; children: React.ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES[segment])}>
      {children}
    </NextIntlClientProvider>
  );
}
