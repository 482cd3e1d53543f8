import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The single list of protected operations and the roles allowed to use each. Pages call
 * `requirePageRoles(path)`; the data layer enforces the same rules in its queries. The
 * forbidden-access matrix (tests/unit/access-coverage.test.ts, tests/e2e/forbidden-matrix.spec.ts,
 * tests/unit/forbidden-actions.test.ts) is built from these lists, and a test fails when a page,
 * route handler or server action exists without a row here.
 */
export const ALL_ROLES: readonly Role[] = ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"];
const OFFICES: readonly Role[] = ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF"];
const NEED_EDITORS: readonly Role[] = ["ADMIN", "PMPTSP_OFFICER", "COMPANY_STAFF"];
const FIRM_REGISTRY: readonly Role[] = ["ADMIN", "PMPTSP_OFFICER"];
/** seedUuid("need:agincourt-catering") and seedUuid("company:agincourt") (prisma/seed/random.ts). */
const DEMO_NEED = "4a01c862-70c6-5dec-b5ec-c002362ecc14";
const DEMO_FIRM = "68748907-22d8-5348-bfbc-c9a5375e3629";
/** seedUuid("match:agincourt-catering:katering-nauli") (prisma/seed/demo-matches.ts). */
const DEMO_MATCH = "0cc99991-e393-5cb0-bae6-894d70beb6ee";
/** documentTypeSeedId("NIB") (prisma/seed/document-types.ts) and seedUuid("case:nauli-slhs") (prisma/seed/demo-cases.ts). */
const DEMO_DOCUMENT_TYPE = "ac1a3f93-e341-5661-9109-500db95bbb9b";
const DEMO_CASE = "74bbb8d7-a571-5c97-8d2d-e01b3adba762";

export type PageRule = {
  /** Route pattern as in app/(portal), e.g. "/users/[id]". */
  path: string;
  roles: readonly Role[];
  /** A concrete URL for patterns with dynamic segments (the matrix test visits it). */
  sample?: string;
  /**
   * The sample belongs to one firm (the Agincourt demo data): staff of another firm must get
   * 404 — its existence is private — although their role may use the page.
   */
  tenantScoped?: "company";
};

/** Every page under app/(portal). Anonymous visitors are always sent to /sign-in. */
export const PROTECTED_PAGES: readonly PageRule[] = [
  { path: "/dashboard", roles: ALL_ROLES },
  { path: "/needs", roles: ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF"] },
  { path: "/umkm", roles: OFFICES },
  { path: "/users", roles: ["ADMIN"] },
  // Supply needs and firms (issue 4). Samples are demo rows with fixed ids: PT Agincourt's OPEN catering need and the firm itself.
  { path: "/needs/new", roles: NEED_EDITORS },
  { path: "/needs/[id]", roles: ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF"], sample: `/needs/${DEMO_NEED}`, tenantScoped: "company" },
  { path: "/needs/[id]/edit", roles: NEED_EDITORS, sample: `/needs/${DEMO_NEED}/edit`, tenantScoped: "company" },
  { path: "/firms", roles: FIRM_REGISTRY },
  { path: "/firms/new", roles: FIRM_REGISTRY },
  { path: "/firms/[id]", roles: FIRM_REGISTRY, sample: `/firms/${DEMO_FIRM}` },
  { path: "/api-tokens", roles: ["ADMIN", "COMPANY_STAFF"] },
  { path: "/users/new", roles: ["ADMIN"] },
  // A demo user with a fixed id (prisma/seed/demo-accounts.ts: the PMPTSP officer).
  { path: "/users/[id]", roles: ["ADMIN"], sample: "/users/00000000-0000-4000-8000-000000000002" },
  { path: "/account/password", roles: ALL_ROLES },
  // UMKM profiles, import and nominations (issue 5, forms). Samples: demo UMKM Katering Nauli and its nomination.
  { path: "/umkm/new", roles: OFFICES },
  { path: "/umkm/[id]", roles: OFFICES, sample: "/umkm/b28ef7a7-d5b6-5a75-b363-bce5d68b2273" },
  { path: "/umkm/[id]/edit", roles: OFFICES, sample: "/umkm/b28ef7a7-d5b6-5a75-b363-bce5d68b2273/edit" },
  { path: "/umkm/import", roles: OFFICES },
  { path: "/my-business", roles: ["UMKM_OWNER"] },
  { path: "/nominations", roles: OFFICES },
  { path: "/nominations/[id]", roles: OFFICES, sample: "/nominations/c08b83de-904e-5041-8d27-1ac593da04d4" },
  { path: "/audit", roles: ["ADMIN"] },
  // Paperwork and assistance cases (issue 6). Samples: the NIB document type and a demo case (fixed seed ids).
  { path: "/settings/document-types", roles: ["ADMIN"] },
  { path: "/settings/document-types/new", roles: ["ADMIN"] },
  { path: "/settings/document-types/[id]", roles: ["ADMIN"], sample: `/settings/document-types/${DEMO_DOCUMENT_TYPE}` },
  { path: "/cases", roles: OFFICES },
  { path: "/cases/[id]", roles: OFFICES, sample: `/cases/${DEMO_CASE}` },
  { path: "/paperwork", roles: OFFICES },
  { path: "/my-business/paperwork", roles: ["UMKM_OWNER"] },
  // In-app notifications: every role reads and marks only its own (lib/dal/notifications.ts).
  { path: "/notifications", roles: ALL_ROLES },
  // Match workflow (issue 7). Sample: the demo introduction (prisma/seed/demo-matches.ts: Agincourt catering × Katering Nauli,
  // APPROVED), which every role's demo account may open and Inalum's staff must not know exists.
  { path: "/needs/[id]/matches", roles: ["PMPTSP_OFFICER", "ADMIN"], sample: `/needs/${DEMO_NEED}/matches` },
  { path: "/matches", roles: OFFICES },
  { path: "/matches/[id]", roles: ALL_ROLES, sample: `/matches/${DEMO_MATCH}`, tenantScoped: "company" },
  { path: "/introductions", roles: ["COMPANY_STAFF", "UMKM_OWNER"] },
  // Portfolio allocation (issue 7; PMPTSP) and the matching weights (ADMIN). Sample: the demo run (prisma/seed/demo-allocation.ts).
  { path: "/allocation", roles: ["PMPTSP_OFFICER", "ADMIN"] },
  { path: "/allocation/[id]", roles: ["PMPTSP_OFFICER", "ADMIN"], sample: "/allocation/fc1e54ca-5cd3-5982-86ff-e30675887d31" },
  { path: "/settings/matching-weights", roles: ["ADMIN"] },
];

export type RouteRule = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Route pattern as in app/, e.g. "/api/v1/needs/[id]". */
  path: string;
  /** Roles with a session that may call it; "public" needs nothing; "api-token" needs a firm's API token. */
  roles: readonly Role[] | "public" | "api-token";
  /** A concrete URL for patterns with dynamic segments (the matrix test calls it). */
  sample?: string;
};

/** Every route handler under app (route.ts files), with its methods. */
export const ROUTE_HANDLERS: readonly RouteRule[] = [
  { method: "GET", path: "/api/health", roles: "public" },
  { method: "GET", path: "/api/auth/[...nextauth]", roles: "public" },
  { method: "POST", path: "/api/auth/[...nextauth]", roles: "public" },
  { method: "GET", path: "/api/umkm/export", roles: OFFICES },
  { method: "POST", path: "/api/umkm-imports", roles: OFFICES },
  { method: "GET", path: "/api/umkm-imports/[id]/errors", roles: OFFICES, sample: "/api/umkm-imports/00000000-0000-4000-8000-0000000000bb/errors" },
  { method: "POST", path: "/api/umkm-imports/[id]/commit", roles: OFFICES, sample: "/api/umkm-imports/00000000-0000-4000-8000-0000000000bb/commit" },
  { method: "POST", path: "/api/umkm-imports/[id]/cancel", roles: OFFICES, sample: "/api/umkm-imports/00000000-0000-4000-8000-0000000000bb/cancel" },
  { method: "GET", path: "/api/needs/[id]/attachments/[attachmentId]", roles: ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF"], sample: `/api/needs/${DEMO_NEED}/attachments/00000000-0000-4000-8000-0000000000aa` },
  { method: "GET", path: "/api/v1/needs", roles: "api-token" },
  { method: "POST", path: "/api/v1/needs", roles: "api-token" },
  { method: "GET", path: "/api/v1/needs/[id]", roles: "api-token", sample: `/api/v1/needs/${DEMO_NEED}` },
  { method: "PATCH", path: "/api/v1/needs/[id]", roles: "api-token", sample: `/api/v1/needs/${DEMO_NEED}` },
  { method: "POST", path: "/api/v1/needs/[id]/transitions", roles: "api-token", sample: `/api/v1/needs/${DEMO_NEED}/transitions` },
  { method: "GET", path: "/api/v1/needs/[id]/matches", roles: "api-token", sample: `/api/v1/needs/${DEMO_NEED}/matches` },
  { method: "GET", path: "/api/v1/openapi.json", roles: "public" },
  // A paperwork scan: offices, and the owner of that UMKM only (the data layer answers 404 to anyone else).
  { method: "GET", path: "/api/paperwork/[id]/scan", roles: [...OFFICES, "UMKM_OWNER"], sample: "/api/paperwork/00000000-0000-4000-8000-0000000000cc/scan" },
];

export type ActionRule = { file: string; name: string; roles: readonly Role[] | "public" };

// Needs, firms and API tokens (issue 4): the data layer answers other firms' ids with NOT_FOUND.
const NEED_AND_FIRM_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/needs/actions.ts", name: "saveNeedAction", roles: NEED_EDITORS },
  { file: "app/(portal)/needs/actions.ts", name: "transitionNeedAction", roles: NEED_EDITORS },
  { file: "app/(portal)/needs/actions.ts", name: "uploadAttachmentAction", roles: NEED_EDITORS },
  { file: "app/(portal)/needs/actions.ts", name: "deleteAttachmentAction", roles: NEED_EDITORS },
  { file: "app/(portal)/firms/actions.ts", name: "saveFirmAction", roles: FIRM_REGISTRY },
  { file: "app/(portal)/api-tokens/actions.ts", name: "issueApiTokenAction", roles: ["ADMIN", "COMPANY_STAFF"] },
  { file: "app/(portal)/api-tokens/actions.ts", name: "revokeApiTokenAction", roles: ["ADMIN", "COMPANY_STAFF"] },
];

// UMKM profiles and nominations (issue 5): the data layer scopes owners to their own UMKM.
const UMKM_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/umkm/[id]/actions.ts", name: "saveUmkmAction", roles: OFFICES },
  { file: "app/(portal)/my-business/actions.ts", name: "saveOwnUmkmAction", roles: ["UMKM_OWNER"] },
  { file: "app/(portal)/umkm/[id]/actions.ts", name: "nominateUmkmAction", roles: ["DISKOP_STAFF"] },
  { file: "app/(portal)/nominations/[id]/actions.ts", name: "decideNominationAction", roles: ["PMPTSP_OFFICER", "ADMIN", "DISKOP_STAFF"] },
];

// Paperwork, assistance cases and document types (issue 6): owners only read their own paperwork, never write.
const PAPERWORK_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/umkm/[id]/paperwork-actions.ts", name: "savePaperworkAction", roles: OFFICES },
  { file: "app/(portal)/umkm/[id]/paperwork-actions.ts", name: "openCaseAction", roles: OFFICES },
  // After openCaseAction (policy order): its allowed call opens the case these act on; closing comes last.
  { file: "app/(portal)/cases/[id]/actions.ts", name: "addCaseStepAction", roles: OFFICES },
  { file: "app/(portal)/cases/[id]/actions.ts", name: "reassignCaseAction", roles: OFFICES },
  { file: "app/(portal)/cases/[id]/actions.ts", name: "closeCaseAction", roles: OFFICES },
  { file: "app/(portal)/settings/document-types/actions.ts", name: "saveDocumentTypeAction", roles: ["ADMIN"] },
];

// Portfolio allocation (issue 7) and matching weights: startAllocationRunAction's allowed call
// finishes its background run before the next check (its sample's `settle`).
const ALLOCATION_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/allocation/actions.ts", name: "startAllocationRunAction", roles: ["PMPTSP_OFFICER", "ADMIN"] },
  { file: "app/(portal)/allocation/[id]/actions.ts", name: "decideProposalsAction", roles: ["PMPTSP_OFFICER", "ADMIN"] },
  { file: "app/(portal)/settings/matching-weights/actions.ts", name: "createWeightsVersionAction", roles: ["ADMIN"] },
  { file: "app/(portal)/settings/matching-weights/actions.ts", name: "activateWeightsVersionAction", roles: ["ADMIN"] },
];

// The match workflow (issue 7): one action per party; the data layer scopes firms to their needs' introductions and owners to their UMKM's.
const MATCH_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/needs/[id]/matches/actions.ts", name: "runMatchingAction", roles: ["PMPTSP_OFFICER", "ADMIN"] },
  { file: "app/(portal)/matches/actions.ts", name: "officerDecisionAction", roles: ["PMPTSP_OFFICER", "ADMIN"] },
  { file: "app/(portal)/matches/actions.ts", name: "firmDecisionAction", roles: ["COMPANY_STAFF"] },
  { file: "app/(portal)/matches/actions.ts", name: "confirmInterestAction", roles: ["UMKM_OWNER"] },
  { file: "app/(portal)/matches/actions.ts", name: "recordAgreementAction", roles: ["COMPANY_STAFF", "PMPTSP_OFFICER", "ADMIN"] },
  { file: "app/(portal)/matches/actions.ts", name: "endPartnershipAction", roles: ["COMPANY_STAFF", "PMPTSP_OFFICER", "ADMIN"] },
];

/** Every exported server action (file relative to the repository root). */
export const SERVER_ACTIONS: readonly ActionRule[] = [
  { file: "app/actions.ts", name: "setLocale", roles: "public" },
  { file: "app/sign-in/actions.ts", name: "signInAction", roles: "public" },
  ...NEED_AND_FIRM_ACTIONS,
  ...UMKM_ACTIONS,
  ...PAPERWORK_ACTIONS,
  ...ALLOCATION_ACTIONS,
  ...MATCH_ACTIONS,
  { file: "app/(portal)/users/actions.ts", name: "searchUmkmAction", roles: ["ADMIN"] },
  { file: "app/(portal)/users/new/actions.ts", name: "createUserAction", roles: ["ADMIN"] },
  { file: "app/(portal)/users/[id]/actions.ts", name: "updateUserAction", roles: ["ADMIN"] },
  { file: "app/(portal)/users/[id]/actions.ts", name: "setUserActiveAction", roles: ["ADMIN"] },
  { file: "app/(portal)/users/[id]/actions.ts", name: "resetPasswordAction", roles: ["ADMIN"] },
  { file: "app/(portal)/users/[id]/actions.ts", name: "unlockAccountAction", roles: ["ADMIN"] },
  { file: "app/(portal)/account/password/actions.ts", name: "changePasswordAction", roles: ALL_ROLES },
  { file: "app/(portal)/notifications/actions.ts", name: "markNotificationReadAction", roles: ALL_ROLES },
  { file: "app/(portal)/notifications/actions.ts", name: "markAllNotificationsReadAction", roles: ALL_ROLES },
];

/** The roles allowed on page `path`; throws for a page missing from the list (a programming error). */
export function pageRoles(path: string): readonly Role[] {
  const rule = PROTECTED_PAGES.find((page) => page.path === path);
  if (!rule) throw new Error(`page ${path} has no row in lib/access/policy.ts`);
  return rule.roles;
}
