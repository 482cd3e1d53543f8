import { ALL_ROLES } from "@/lib/access/roles";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * How the audit log shows an event's stored `reason`. The system writes some reasons as codes
 * (lib/security/access-denied.ts: "requires ADMIN,PMPTSP_OFFICER"; sign-in: "wrong_password";
 * lockouts: "account"/"ip"); people write the others (a rejection note). Codes become catalogue
 * keys (audit.reasons.*) so the log never shows internal codes or English role names; free
 * text is shown as written. Pure, so it is unit-tested.
 */
export type AuditReasonView =
  { kind: "roles"; roles: Role[] } | { kind: "key"; key: string } | { kind: "text"; text: string };

const SYSTEM_REASONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "access.denied": { "refused by the data layer": "dataLayer" },
  "auth.sign_in_failed": { unknown_email: "unknownEmail", wrong_password: "wrongPassword", disabled: "disabled" },
  "auth.locked_out": { account: "lockedAccount", ip: "lockedIp" },
  "user.change_password_failed": { wrong_current_password: "wrongCurrentPassword" },
};

const REQUIRES = /^requires ([A-Z_]+(?:,[A-Z_]+)*)$/;

export function auditReasonView(action: string, reason: string): AuditReasonView {
  if (action === "access.denied") {
    const roles = REQUIRES.exec(reason)?.[1]?.split(",") ?? [];
    if (roles.length > 0 && roles.every((role) => (ALL_ROLES as readonly string[]).includes(role)))
      return { kind: "roles", roles: roles as Role[] };
  }
  const key = SYSTEM_REASONS[action]?.[reason];
  if (key) return { kind: "key", key };
  return { kind: "text", text: reason };
}

/** Every audit.reasons.* key the log may use (a test checks both catalogues have them). */
export const AUDIT_REASON_KEYS: readonly string[] = [
  "requires",
  ...Object.values(SYSTEM_REASONS).flatMap((codes) => Object.values(codes)),
];

/** Where each audited object's status codes are translated (the from → to of a status change). */
export const AUDIT_STATUS_CATALOGUE: Readonly<Record<string, string>> = {
  supply_need: "status.need",
  match: "matching.status",
  nomination: "nominations.status",
  assistance_case: "cases.status",
  paperwork_item: "paperwork.status",
  allocation_run: "allocation.status",
};
