import type { Locale } from "@/lib/i18n/config";

/**
 * One catalogue file per namespace and locale (`id/<namespace>.json`, `en/<namespace>.json`),
 * so features add their own text without touching each other's files. A test checks that
 * every file is listed here and that both locales have the same keys.
 */
export const NAMESPACES = [
  "account",
  "allocation",
  "apiDocs",
  "apiTokens",
  "app",
  "audit",
  "candidates",
  "cases",
  "dashboard",
  "documentTypes",
  "errors",
  "firms",
  "flash",
  "footer",
  "forms",
  "landing",
  "language",
  "lists",
  "matching",
  "matchingWeights",
  "nav",
  "needForm",
  "needProgress",
  "needs",
  "needValidation",
  "nominations",
  "paperwork",
  "passwordReset",
  "notifications",
  "registry",
  "registryCount",
  "roles",
  "scale",
  "search",
  "signIn",
  "status",
  "umkm",
  "umkmForm",
  "umkmImport",
  "userAdmin",
  "users",
  "userValidation",
] as const;

export type Messages = Record<(typeof NAMESPACES)[number], Record<string, unknown>>;

/** All namespaces of `locale`, merged into the object next-intl expects. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`./${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
