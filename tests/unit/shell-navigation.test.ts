import { describe, expect, it } from "vitest";
import { AUDIT_REASON_KEYS, AUDIT_STATUS_CATALOGUE, auditReasonView } from "@/lib/audit/reasons";
import { loadMessages } from "@/lib/i18n/messages";
import auditEn from "@/lib/i18n/messages/en/audit.json";
import auditId from "@/lib/i18n/messages/id/audit.json";
import { currentNavHref, NAV_BY_ROLE } from "@/lib/navigation";

describe("currentNavHref (the navigation's aria-current entry)", () => {
  const owner = NAV_BY_ROLE.UMKM_OWNER.map((item) => item.href);
  const admin = NAV_BY_ROLE.ADMIN.map((item) => item.href);

  it("marks the entry of the page itself", () => {
    expect(currentNavHref("/dashboard", owner)).toBe("/dashboard");
    expect(currentNavHref("/my-business", owner)).toBe("/my-business");
  });

  it("prefers the longest entry: the owner's documents page is not 'my business'", () => {
    expect(currentNavHref("/my-business/paperwork", owner)).toBe("/my-business/paperwork");
  });

  it("marks the list of a detail, form or sub-page", () => {
    expect(currentNavHref("/needs/4a01c862-70c6-5dec-b5ec-c002362ecc14/edit", admin)).toBe("/needs");
    expect(currentNavHref("/settings/document-types/new", admin)).toBe("/settings/document-types");
  });

  it("marks nothing for a page outside the navigation or a path that only shares a prefix", () => {
    expect(currentNavHref("/notifications", owner)).toBeNull();
    expect(currentNavHref("/account/password", admin)).toBeNull();
    expect(currentNavHref("/needsx", admin)).toBeNull();
  });
});

describe("auditReasonView (no internal codes in the audit log)", () => {
  it("turns 'requires ADMIN,PMPTSP_OFFICER' into roles the page translates", () => {
    expect(auditReasonView("access.denied", "requires ADMIN,PMPTSP_OFFICER")).toEqual({
      kind: "roles",
      roles: ["ADMIN", "PMPTSP_OFFICER"],
    });
  });

  it("turns the system's reason codes into catalogue keys", () => {
    expect(auditReasonView("access.denied", "refused by the data layer")).toEqual({ kind: "key", key: "dataLayer" });
    expect(auditReasonView("auth.sign_in_failed", "wrong_password")).toEqual({ kind: "key", key: "wrongPassword" });
    expect(auditReasonView("auth.locked_out", "ip")).toEqual({ kind: "key", key: "lockedIp" });
    expect(auditReasonView("user.change_password_failed", "wrong_current_password")).toEqual({
      kind: "key",
      key: "wrongCurrentPassword",
    });
  });

  it("shows what people wrote as written, even when it looks like a code of another action", () => {
    expect(auditReasonView("match.reject", "Kapasitas tidak cukup")).toEqual({
      kind: "text",
      text: "Kapasitas tidak cukup",
    });
    expect(auditReasonView("need.transition", "ip")).toEqual({ kind: "text", text: "ip" });
    expect(auditReasonView("access.denied", "requires SUPERUSER")).toEqual({
      kind: "text",
      text: "requires SUPERUSER",
    });
  });

  it("has every reason key in both catalogues", () => {
    for (const key of AUDIT_REASON_KEYS) {
      expect(auditId.reasons, key).toHaveProperty(key);
      expect(auditEn.reasons, key).toHaveProperty(key);
    }
  });
});

describe("AUDIT_STATUS_CATALOGUE (status changes in words)", () => {
  it("points at a status catalogue in both locales for each audited object", async () => {
    for (const locale of ["id", "en"] as const) {
      const messages = (await loadMessages(locale)) as unknown as Record<string, Record<string, unknown>>;
      for (const [entity, path] of Object.entries(AUDIT_STATUS_CATALOGUE)) {
        const [namespace = "", key = ""] = path.split(".");
        const labels = messages[namespace]?.[key] as Record<string, string> | undefined;
        expect(labels, `${locale} ${entity} → ${path}`).toBeTypeOf("object");
        expect(Object.keys(labels ?? {}).length, path).toBeGreaterThan(2);
      }
    }
  });
});
