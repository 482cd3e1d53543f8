import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  // "<Page> · Portal Kemitraan UMKM Sumut"; every page sets its own title (generateMetadata).
  // The favicon is app/icon.svg (the portal's mark, also public/logo.svg in the header).
  return {
    title: { default: t("titleSuffix"), template: `%s · ${t("titleSuffix")}` },
    description: `${t("name")} · ${t("tagline")}`,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* Only the namespaces client components read; server components translate on the server. */}
        <ClientMessages segment="">{children}</ClientMessages>
        <SiteFooter />
      </body>
    </html>
  );
}
