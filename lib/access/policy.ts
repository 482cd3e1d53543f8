import {
  ALL_ROLES,
  API_TOKEN_MANAGERS,
  FIRM_REGISTRY_ROLES,
  INTRODUCTION_PARTIES,
  MATCH_APPROVERS,
  MATCH_BOARD_ROLES,
  NEED_EDITORS,
  NEED_READERS,
  NOMINATION_ROLES,
  PAPERWORK_EDITORS,
  UMKM_REGISTRY_ROLES,
} from "@/lib/access/roles";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The roles allowed on each page under app/(portal). Pages call `requirePageRoles(path)`;
 * `proxy.ts` sends anonymous visitors of these paths to /sign-in; the data layer enforces the
 * same rules in its queries. Role sets come from lib/access/roles.ts. The forbidden-access
 * matrix (tests/setup/access-manifest.ts: samples, route handlers, server actions) is built
 * from this list, and tests/unit/access-coverage.test.ts fails when a page exists without a row.
 */
export type PageRule = {
  /** Route pattern as in app/(portal), e.g. "/users/[id]". */
  path: string;
  roles: readonly Role[];
};

/** Every page under app/(portal). Anonymous visitors are always sent to /sign-in. */
export const PROTECTED_PAGES: readonly PageRule[] = [
  { path: "/dashboard", roles: ALL_ROLES },
  { path: "/needs", roles: NEED_READERS },
  { path: "/umkm", roles: UMKM_REGISTRY_ROLES },
  // Global search by NIB or business name (issue 14): the registry, so the offices only.
  { path: "/search", roles: UMKM_REGISTRY_ROLES },
  { path: "/users", roles: ["ADMIN"] },
  // Supply needs and firms (issue 4).
  { path: "/needs/new", roles: NEED_EDITORS },
  { path: "/needs/[id]", roles: NEED_READERS },
  { path: "/needs/[id]/edit", roles: NEED_EDITORS },
  { path: "/firms", roles: FIRM_REGISTRY_ROLES },
  { path: "/firms/new", roles: FIRM_REGISTRY_ROLES },
  { path: "/firms/[id]", roles: FIRM_REGISTRY_ROLES },
  { path: "/api-tokens", roles: API_TOKEN_MANAGERS },
  { path: "/users/new", roles: ["ADMIN"] },
  { path: "/users/[id]", roles: ["ADMIN"] },
  { path: "/account/password", roles: ALL_ROLES },
  // UMKM profiles, import and nominations (issue 5, forms).
  { path: "/umkm/new", roles: UMKM_REGISTRY_ROLES },
  { path: "/umkm/[id]", roles: UMKM_REGISTRY_ROLES },
  { path: "/umkm/[id]/edit", roles: UMKM_REGISTRY_ROLES },
  { path: "/umkm/import", roles: UMKM_REGISTRY_ROLES },
  { path: "/my-business", roles: ["UMKM_OWNER"] },
  { path: "/nominations", roles: NOMINATION_ROLES },
  { path: "/nominations/[id]", roles: NOMINATION_ROLES },
  { path: "/audit", roles: ["ADMIN"] },
  // Paperwork and assistance cases (issue 6).
  { path: "/settings/document-types", roles: ["ADMIN"] },
  { path: "/settings/document-types/new", roles: ["ADMIN"] },
  { path: "/settings/document-types/[id]", roles: ["ADMIN"] },
  { path: "/cases", roles: PAPERWORK_EDITORS },
  { path: "/cases/[id]", roles: PAPERWORK_EDITORS },
  { path: "/paperwork", roles: PAPERWORK_EDITORS },
  { path: "/my-business/paperwork", roles: ["UMKM_OWNER"] },
  // In-app notifications: every role reads and marks only its own (lib/dal/notifications.ts).
  { path: "/notifications", roles: ALL_ROLES },
  // Match workflow (issue 7): every role may open a match it can see (lib/dal/matches/match-visibility.ts).
  { path: "/needs/[id]/matches", roles: MATCH_APPROVERS },
  { path: "/matches", roles: MATCH_BOARD_ROLES },
  { path: "/matches/[id]", roles: ALL_ROLES },
  { path: "/introductions", roles: INTRODUCTION_PARTIES },
  // Portfolio allocation (issue 7; PMPTSP) and the matching weights (ADMIN).
  { path: "/allocation", roles: MATCH_APPROVERS },
  { path: "/allocation/[id]", roles: MATCH_APPROVERS },
  { path: "/settings/matching-weights", roles: ["ADMIN"] },
];

/** The roles allowed on page `path`; throws for a page missing from the list (a programming error). */
export function pageRoles(path: string): readonly Role[] {
  const rule = PROTECTED_PAGES.find((page) => page.path === path);
  if (!rule) throw new Error(`page ${path} has no row in lib/access/policy.ts`);
  return rule.roles;
}
