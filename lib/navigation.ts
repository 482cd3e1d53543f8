import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; labelKey: string };

/**
 * What each role sees in the main navigation. The route guard and the data layer still check
 * every request; hiding a link is only a convenience.
 */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  ADMIN: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/needs", labelKey: "needs" },
    { href: "/firms", labelKey: "firms" },
    { href: "/api-tokens", labelKey: "apiTokens" },
    { href: "/umkm", labelKey: "umkm" },
    { href: "/nominations", labelKey: "nominations" },
    { href: "/matches", labelKey: "matches" },
    { href: "/allocation", labelKey: "allocation" },
    { href: "/cases", labelKey: "cases" },
    { href: "/paperwork", labelKey: "paperwork" },
    { href: "/users", labelKey: "users" },
    { href: "/audit", labelKey: "audit" },
    { href: "/settings/document-types", labelKey: "documentTypes" },
    { href: "/settings/matching-weights", labelKey: "matchingWeights" },
  ],
  PMPTSP_OFFICER: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/needs", labelKey: "needs" },
    { href: "/firms", labelKey: "firms" },
    { href: "/umkm", labelKey: "umkm" },
    { href: "/nominations", labelKey: "nominations" },
    { href: "/matches", labelKey: "matches" },
    { href: "/allocation", labelKey: "allocation" },
    { href: "/cases", labelKey: "cases" },
    { href: "/paperwork", labelKey: "paperwork" },
  ],
  DISKOP_STAFF: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/needs", labelKey: "needs" },
    { href: "/umkm", labelKey: "umkm" },
    { href: "/nominations", labelKey: "nominations" },
    { href: "/matches", labelKey: "matches" },
    { href: "/cases", labelKey: "cases" },
    { href: "/paperwork", labelKey: "paperwork" },
  ],
  COMPANY_STAFF: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/introductions", labelKey: "introductions" },
    { href: "/needs", labelKey: "needs" },
    { href: "/api-tokens", labelKey: "apiTokens" },
  ],
  UMKM_OWNER: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/introductions", labelKey: "introductions" },
    { href: "/my-business", labelKey: "myUmkm" },
    { href: "/my-business/paperwork", labelKey: "myPaperwork" },
  ],
};

/**
 * The navigation entry that `pathname` belongs to: the longest `href` equal to the path or a
 * parent of it ("/needs/123/edit" → "/needs"; "/my-business/paperwork" → itself, not
 * "/my-business"). Null when no entry matches (e.g. /notifications).
 */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | null {
  let best: string | null = null;
  for (const href of hrefs) {
    const matches = pathname === href || pathname.startsWith(href.endsWith("/") ? href : `${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
