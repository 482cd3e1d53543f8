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
    { href: "/users", labelKey: "users" },
    { href: "/audit", labelKey: "audit" },
  ],
  PMPTSP_OFFICER: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/needs", labelKey: "needs" },
    { href: "/firms", labelKey: "firms" },
    { href: "/umkm", labelKey: "umkm" },
    { href: "/nominations", labelKey: "nominations" },
  ],
  DISKOP_STAFF: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/needs", labelKey: "needs" },
    { href: "/umkm", labelKey: "umkm" },
    { href: "/nominations", labelKey: "nominations" },
  ],
  COMPANY_STAFF: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/needs", labelKey: "needs" },
    { href: "/api-tokens", labelKey: "apiTokens" },
  ],
  UMKM_OWNER: [
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/my-business", labelKey: "myUmkm" },
  ],
};
