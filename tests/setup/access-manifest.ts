import { PROTECTED_PAGES, type PageRule } from "../../lib/access/policy";
import {
  ALL_ROLES,
  API_TOKEN_MANAGERS,
  FIRM_REGISTRY_ROLES,
  MATCH_APPROVERS,
  NEED_EDITORS,
  NEED_READERS,
  NOMINATION_ROLES,
  PAPERWORK_EDITORS,
  PAPERWORK_READERS,
  PARTNERSHIP_RECORDERS,
  UMKM_REGISTRY_ROLES,
} from "../../lib/access/roles";
import type { Role } from "../../lib/generated/prisma/enums";

/**
 * The forbidden-access matrix's manifest (tests/unit/access-coverage.test.ts keeps it complete;
 * tests/unit/forbidden-actions.test.ts and tests/e2e/forbidden-matrix.spec.ts run it): a
 * concrete URL for every page of lib/access/policy.ts with dynamic segments, and every route
 * handler and server action with the roles it must serve (the named sets of
 * lib/access/roles.ts the handlers and actions check). Samples are demo rows with fixed ids.
 */

/** seedUuid("need:agincourt-catering") and seedUuid("company:agincourt") (prisma/seed/random.ts). */
const DEMO_NEED = "4a01c862-70c6-5dec-b5ec-c002362ecc14";
const DEMO_FIRM = "68748907-22d8-5348-bfbc-c9a5375e3629";
/** seedUuid("match:agincourt-catering:katering-nauli") (prisma/seed/demo-matches.ts). */
const DEMO_MATCH = "0cc99991-e393-5cb0-bae6-894d70beb6ee";
/** documentTypeSeedId("NIB") (prisma/seed/document-types.ts) and seedUuid("case:nauli-slhs") (prisma/seed/demo-cases.ts). */
const DEMO_DOCUMENT_TYPE = "ac1a3f93-e341-5661-9109-500db95bbb9b";
const DEMO_CASE = "74bbb8d7-a571-5c97-8d2d-e01b3adba762";
/** The demo UMKM Katering Nauli and its nomination. */
const DEMO_UMKM = "b28ef7a7-d5b6-5a75-b363-bce5d68b2273";
const DEMO_NOMINATION = "c08b83de-904e-5041-8d27-1ac593da04d4";
/** The demo allocation run (prisma/seed/demo-allocation.ts). */
const DEMO_ALLOCATION_RUN = "fc1e54ca-5cd3-5982-86ff-e30675887d31";

export type PageSample = {
  /** A concrete URL for a pattern with dynamic segments (the matrix test visits it). */
  sample: string;
  /**
   * The sample belongs to one firm (the Agincourt demo data): staff of another firm must get
   * 404 — its existence is private — although their role may use the page.
   */
  tenantScoped?: "company";
};

/** Keyed by the page's path in lib/access/policy.ts. */
const PAGE_SAMPLES: Readonly<Record<string, PageSample>> = {
  // Supply needs and firms (issue 4): PT Agincourt's OPEN catering need and the firm itself.
  "/needs/[id]": { sample: `/needs/${DEMO_NEED}`, tenantScoped: "company" },
  "/needs/[id]/edit": { sample: `/needs/${DEMO_NEED}/edit`, tenantScoped: "company" },
  "/firms/[id]": { sample: `/firms/${DEMO_FIRM}` },
  // A demo user with a fixed id (prisma/seed/demo-accounts.ts: the PMPTSP officer).
  "/users/[id]": { sample: "/users/00000000-0000-4000-8000-000000000002" },
  // UMKM profiles and nominations (issue 5): demo UMKM Katering Nauli and its nomination.
  "/umkm/[id]": { sample: `/umkm/${DEMO_UMKM}` },
  "/umkm/[id]/edit": { sample: `/umkm/${DEMO_UMKM}/edit` },
  "/nominations/[id]": { sample: `/nominations/${DEMO_NOMINATION}` },
  // Paperwork and assistance cases (issue 6): the NIB document type and a demo case.
  "/settings/document-types/[id]": { sample: `/settings/document-types/${DEMO_DOCUMENT_TYPE}` },
  "/cases/[id]": { sample: `/cases/${DEMO_CASE}` },
  // Match workflow (issue 7): the demo introduction (prisma/seed/demo-matches.ts: Agincourt catering ×
  // Katering Nauli, APPROVED), which every role's demo account may open and Inalum's staff must not know exists.
  "/needs/[id]/matches": { sample: `/needs/${DEMO_NEED}/matches` },
  "/matches/[id]": { sample: `/matches/${DEMO_MATCH}`, tenantScoped: "company" },
  // Portfolio allocation (issue 7): the demo run (prisma/seed/demo-allocation.ts).
  "/allocation/[id]": { sample: `/allocation/${DEMO_ALLOCATION_RUN}` },
};

/** Every page of lib/access/policy.ts with its sample, if it has one. */
export const PAGES_WITH_SAMPLES: readonly (PageRule & Partial<PageSample>)[] = PROTECTED_PAGES.map((page) => ({
  ...page,
  ...PAGE_SAMPLES[page.path],
}));

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
  { method: "GET", path: "/api/umkm/export", roles: UMKM_REGISTRY_ROLES },
  { method: "POST", path: "/api/umkm-imports", roles: UMKM_REGISTRY_ROLES },
  {
    method: "GET",
    path: "/api/umkm-imports/[id]/errors",
    roles: UMKM_REGISTRY_ROLES,
    sample: "/api/umkm-imports/00000000-0000-4000-8000-0000000000bb/errors",
  },
  {
    method: "POST",
    path: "/api/umkm-imports/[id]/commit",
    roles: UMKM_REGISTRY_ROLES,
    sample: "/api/umkm-imports/00000000-0000-4000-8000-0000000000bb/commit",
  },
  {
    method: "POST",
    path: "/api/umkm-imports/[id]/cancel",
    roles: UMKM_REGISTRY_ROLES,
    sample: "/api/umkm-imports/00000000-0000-4000-8000-0000000000bb/cancel",
  },
  {
    method: "GET",
    path: "/api/needs/[id]/attachments/[attachmentId]",
    roles: NEED_READERS,
    sample: `/api/needs/${DEMO_NEED}/attachments/00000000-0000-4000-8000-0000000000aa`,
  },
  // One kabupaten/kota's kecamatan for the kecamatan selects (reference data, any signed-in user).
  {
    method: "GET",
    path: "/api/regions/[regency]/districts",
    roles: ALL_ROLES,
    sample: "/api/regions/12.71/districts",
  },
  { method: "GET", path: "/api/v1/needs", roles: "api-token" },
  { method: "POST", path: "/api/v1/needs", roles: "api-token" },
  { method: "GET", path: "/api/v1/needs/[id]", roles: "api-token", sample: `/api/v1/needs/${DEMO_NEED}` },
  { method: "PATCH", path: "/api/v1/needs/[id]", roles: "api-token", sample: `/api/v1/needs/${DEMO_NEED}` },
  {
    method: "POST",
    path: "/api/v1/needs/[id]/transitions",
    roles: "api-token",
    sample: `/api/v1/needs/${DEMO_NEED}/transitions`,
  },
  {
    method: "GET",
    path: "/api/v1/needs/[id]/matches",
    roles: "api-token",
    sample: `/api/v1/needs/${DEMO_NEED}/matches`,
  },
  { method: "GET", path: "/api/v1/openapi.json", roles: "public" },
  // A paperwork scan: offices, and the owner of that UMKM only (the data layer answers 404 to anyone else).
  {
    method: "GET",
    path: "/api/paperwork/[id]/scan",
    roles: PAPERWORK_READERS,
    sample: "/api/paperwork/00000000-0000-4000-8000-0000000000cc/scan",
  },
];

export type ActionRule = {
  file: string;
  name: string;
  roles: readonly Role[] | "public";
  /** The allowed role whose call proves the sample input valid (default: the first of `roles`). */
  probe?: Role;
};

// Needs, firms and API tokens (issue 4): the data layer answers other firms' ids with NOT_FOUND.
const NEED_AND_FIRM_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/needs/actions.ts", name: "saveNeedAction", roles: NEED_EDITORS },
  { file: "app/(portal)/needs/actions.ts", name: "transitionNeedAction", roles: NEED_EDITORS },
  { file: "app/(portal)/needs/actions.ts", name: "uploadAttachmentAction", roles: NEED_EDITORS },
  { file: "app/(portal)/needs/actions.ts", name: "deleteAttachmentAction", roles: NEED_EDITORS },
  { file: "app/(portal)/firms/actions.ts", name: "saveFirmAction", roles: FIRM_REGISTRY_ROLES },
  { file: "app/(portal)/api-tokens/actions.ts", name: "issueApiTokenAction", roles: API_TOKEN_MANAGERS },
  { file: "app/(portal)/api-tokens/actions.ts", name: "revokeApiTokenAction", roles: API_TOKEN_MANAGERS },
];

// UMKM profiles and nominations (issue 5): the data layer scopes owners to their own UMKM.
const UMKM_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/umkm/[id]/actions.ts", name: "saveUmkmAction", roles: UMKM_REGISTRY_ROLES },
  { file: "app/(portal)/my-business/actions.ts", name: "saveOwnUmkmAction", roles: ["UMKM_OWNER"] },
  { file: "app/(portal)/umkm/[id]/actions.ts", name: "nominateUmkmAction", roles: ["DISKOP_STAFF"] },
  {
    file: "app/(portal)/nominations/[id]/actions.ts",
    name: "decideNominationAction",
    roles: NOMINATION_ROLES,
    probe: "PMPTSP_OFFICER",
  },
];

// Paperwork, assistance cases and document types (issue 6): owners only read their own paperwork, never write.
const PAPERWORK_ACTIONS: readonly ActionRule[] = [
  { file: "app/(portal)/umkm/[id]/paperwork-actions.ts", name: "savePaperworkAction", roles: PAPERWORK_EDITORS },
  { file: "app/(portal)/umkm/[id]/paperwork-actions.ts", name: "openCaseAction", roles: PAPERWORK_EDITORS },
  // After openCaseAction (manifest order): its allowed call opens the case these act on; closing comes last.
  { file: "app/(portal)/cases/[id]/actions.ts", name: "addCaseStepAction", roles: PAPERWORK_EDITORS },
  { file: "app/(portal)/cases/[id]/actions.ts", name: "reassignCaseAction", roles: PAPERWORK_EDITORS },
  { file: "app/(portal)/cases/[id]/actions.ts", name: "closeCaseAction", roles: PAPERWORK_EDITORS },
  { file: "app/(portal)/settings/document-types/actions.ts", name: "saveDocumentTypeAction", roles: ["ADMIN"] },
];

// Portfolio allocation (issue 7) and matching weights: startAllocationRunAction's allowed call
// finishes its background run before the next check (its sample's `settle`).
const ALLOCATION_ACTIONS: readonly ActionRule[] = [
  {
    file: "app/(portal)/allocation/actions.ts",
    name: "startAllocationRunAction",
    roles: MATCH_APPROVERS,
    probe: "PMPTSP_OFFICER",
  },
  {
    file: "app/(portal)/allocation/[id]/actions.ts",
    name: "decideProposalsAction",
    roles: MATCH_APPROVERS,
    probe: "PMPTSP_OFFICER",
  },
  { file: "app/(portal)/settings/matching-weights/actions.ts", name: "createWeightsVersionAction", roles: ["ADMIN"] },
  { file: "app/(portal)/settings/matching-weights/actions.ts", name: "activateWeightsVersionAction", roles: ["ADMIN"] },
];

// The match workflow (issue 7): one action per party; the data layer scopes firms to their needs' introductions and owners to their UMKM's.
const MATCH_ACTIONS: readonly ActionRule[] = [
  {
    file: "app/(portal)/needs/[id]/matches/actions.ts",
    name: "runMatchingAction",
    roles: MATCH_APPROVERS,
    probe: "PMPTSP_OFFICER",
  },
  {
    file: "app/(portal)/needs/[id]/matches/actions.ts",
    name: "bulkDecisionAction",
    roles: MATCH_APPROVERS,
    probe: "PMPTSP_OFFICER",
  },
  {
    file: "app/(portal)/matches/actions.ts",
    name: "officerDecisionAction",
    roles: MATCH_APPROVERS,
    probe: "PMPTSP_OFFICER",
  },
  { file: "app/(portal)/matches/actions.ts", name: "firmDecisionAction", roles: ["COMPANY_STAFF"] },
  { file: "app/(portal)/matches/actions.ts", name: "confirmInterestAction", roles: ["UMKM_OWNER"] },
  {
    file: "app/(portal)/matches/actions.ts",
    name: "recordAgreementAction",
    roles: PARTNERSHIP_RECORDERS,
    probe: "COMPANY_STAFF",
  },
  {
    file: "app/(portal)/matches/actions.ts",
    name: "endPartnershipAction",
    roles: PARTNERSHIP_RECORDERS,
    probe: "COMPANY_STAFF",
  },
];

/** Every exported server action (file relative to the repository root), in the order the matrix calls them. */
export const SERVER_ACTIONS: readonly ActionRule[] = [
  { file: "app/actions.ts", name: "setLocale", roles: "public" },
  { file: "app/sign-in/actions.ts", name: "signInAction", roles: "public" },
  { file: "app/sign-in/password-reset-actions.ts", name: "requestPasswordResetAction", roles: "public" },
  { file: "app/sign-in/password-reset-actions.ts", name: "completePasswordResetAction", roles: "public" },
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
