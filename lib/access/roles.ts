import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The portal's role vocabulary (DESIGN.md "Who uses it"): every list of roles the policy,
 * the server actions, the route handlers, the pages, the data layer and the domain check
 * against is one of these named sets. Each is named by what it permits; several have the same
 * members today, and stay separate names so a rule can change in one place. Pure module (no
 * server-only, no database): a client component may import it. ESLint refuses a literal list
 * of two or more roles anywhere else in app/, lib/ and components/ (eslint.config.mjs).
 * Members are listed in the Role enum's order.
 */

/** Every role. */
export const ALL_ROLES = [
  "ADMIN",
  "PMPTSP_OFFICER",
  "DISKOP_STAFF",
  "COMPANY_STAFF",
  "UMKM_OWNER",
] as const satisfies readonly Role[];

/** PMPTSP: its officers and its system admin (who may do everything an officer may). */
export const PMPTSP_ROLES = ["ADMIN", "PMPTSP_OFFICER"] as const satisfies readonly Role[];

/** The government offices: PMPTSP (admin and officers) and Diskop's staff. */
export const OFFICE_ROLES = ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF"] as const satisfies readonly Role[];

// ── Supply needs and firms ───────────────────────────────────────────────────────────────

/**
 * See supply needs and their attachments: the offices (Diskop only published needs) and a
 * firm's staff (only their firm's). UMKM owners see introductions instead.
 */
export const NEED_READERS = [
  "ADMIN",
  "PMPTSP_OFFICER",
  "DISKOP_STAFF",
  "COMPANY_STAFF",
] as const satisfies readonly Role[];

/** Post, edit and move supply needs through their workflow: PMPTSP (on a firm's behalf) and the firm's staff. */
export const NEED_EDITORS = ["ADMIN", "PMPTSP_OFFICER", "COMPANY_STAFF"] as const satisfies readonly Role[];

/** See a need's estimated value, the firm's internal figure: PMPTSP and the firm (never Diskop, never an UMKM). */
export const NEED_ESTIMATE_READERS = NEED_EDITORS;

/**
 * See a need's progress (candidates under review, introductions, slots left): the firm's staff
 * (their own firm's needs only: the data layer) and PMPTSP. Diskop sees needs, not their progress.
 */
export const NEED_PROGRESS_READERS = NEED_EDITORS;

/** Manage the registry of firms. */
export const FIRM_REGISTRY_ROLES = PMPTSP_ROLES;

/** Issue and revoke a firm's API tokens: the admin for any firm, a firm's staff for their own. */
export const API_TOKEN_MANAGERS = ["ADMIN", "COMPANY_STAFF"] as const satisfies readonly Role[];

// ── UMKM, nominations, paperwork ─────────────────────────────────────────────────────────

/** Browse, register, edit, import and export UMKM profiles (an UMKM's owner edits only their own, elsewhere). */
export const UMKM_REGISTRY_ROLES = OFFICE_ROLES;

/** Read and act on nominations: Diskop nominates and withdraws, PMPTSP verifies or rejects. */
export const NOMINATION_ROLES = OFFICE_ROLES;

/** Verify or reject a proposed nomination. */
export const NOMINATION_DECIDERS = PMPTSP_ROLES;

/**
 * Record any UMKM's paperwork progress, open and work its assistance cases, and be named the
 * officer assisting an item. UMKM owners only read their own paperwork.
 */
export const PAPERWORK_EDITORS = OFFICE_ROLES;

/** Read paperwork and its scans: the offices, and an UMKM's owner (their own UMKM's only: the data layer). */
export const PAPERWORK_READERS = [...PAPERWORK_EDITORS, "UMKM_OWNER"] as const satisfies readonly Role[];

/** May be assigned an assistance case (the admin works cases but is not given them). */
export const CASE_ASSIGNEES = ["PMPTSP_OFFICER", "DISKOP_STAFF"] as const satisfies readonly Role[];

// ── Matches ──────────────────────────────────────────────────────────────────────────────

/**
 * Run matching, see a need's candidates, shortlist, approve or reject matches, and run and
 * decide portfolio allocations.
 */
export const MATCH_APPROVERS = PMPTSP_ROLES;

/** The matches board: PMPTSP all matches, Diskop those of the UMKM they nominated. */
export const MATCH_BOARD_ROLES = OFFICE_ROLES;

/** The two sides of an introduction (an approved match): the firm's staff and the UMKM's owner. */
export const INTRODUCTION_PARTIES = ["COMPANY_STAFF", "UMKM_OWNER"] as const satisfies readonly Role[];

/** Record the signed partnership of an accepted introduction, and end it: the firm's staff and PMPTSP. */
export const PARTNERSHIP_RECORDERS = ["ADMIN", "PMPTSP_OFFICER", "COMPANY_STAFF"] as const satisfies readonly Role[];

/** See the UMKM's contact details on a match: everyone but UMKM owners (who are that contact). */
export const UMKM_CONTACT_READERS = [
  "ADMIN",
  "PMPTSP_OFFICER",
  "DISKOP_STAFF",
  "COMPANY_STAFF",
] as const satisfies readonly Role[];

/** See the firm's contact details on a match: PMPTSP and the introduced UMKM's owner. */
export const FIRM_CONTACT_READERS = ["ADMIN", "PMPTSP_OFFICER", "UMKM_OWNER"] as const satisfies readonly Role[];

/** Whether `who` (a role, or anything that has one: a session user, an actor) is in `set`. */
export function hasRole(who: Role | { role: Role }, set: readonly Role[]): boolean {
  return set.includes(typeof who === "string" ? who : who.role);
}
