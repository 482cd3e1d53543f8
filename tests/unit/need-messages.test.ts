import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms/action-state";
import { errorState } from "@/lib/forms/form-action";
import enFirms from "@/lib/i18n/messages/en/firms.json";
import idFirms from "@/lib/i18n/messages/id/firms.json";
import enNeed from "@/lib/i18n/messages/en/needValidation.json";
import idNeed from "@/lib/i18n/messages/id/needValidation.json";

// Every error key the need/firm schemas and data layer can produce has a message in both
// languages, so no form ever shows a raw key; and the data layer's errors reach the form as
// the right field or form message.

// errorState audits a FORBIDDEN for the request's user (tests/unit/refusal-audit.test.ts).
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/auth", () => ({ getSession: async () => null }));

function keysIn(files: string[]): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:error|message): "([a-zA-Z]+)"/g)) keys.add(match[1]!);
    for (const match of source.matchAll(/(?:invalid|AppError\("(?:INVALID_INPUT|CONFLICT)",) ?\(?"([a-zA-Z]+)"/g))
      keys.add(match[1]!);
  }
  return keys;
}

describe("need and firm error messages", () => {
  it("has an Indonesian and an English message for every key of the need schemas and data layer", () => {
    const keys = keysIn([
      "lib/validation/needs.ts",
      "lib/dal/needs/need-writes.ts",
      "lib/dal/needs/need-references.ts",
      "lib/dal/needs/need-attachments.ts",
      "lib/dal/needs/need-keyset.ts",
    ]);
    keys.delete("invalidReferences"); // carries per-field `errors`; never shown as a form message
    expect(keys.size).toBeGreaterThan(30);
    for (const key of keys) {
      expect(idNeed, key).toHaveProperty(key);
      expect(enNeed, key).toHaveProperty(key);
    }
  });

  it("has messages for every key of the firm schema and data layer", () => {
    const keys = keysIn(["lib/validation/firms.ts", "lib/dal/needs/firms.ts"]);
    keys.delete("tokenNameRequired"); // API token form: apiTokens namespace
    for (const key of keys) {
      expect(idFirms, key).toHaveProperty(`v_${key}`);
      expect(enFirms, key).toHaveProperty(`v_${key}`);
    }
  });

  it("tells the editor plainly that someone else changed the need, in both languages", async () => {
    const state = await errorState(new AppError("CONFLICT", "stale"), { title: "x" });
    expect(state).toMatchObject({ status: "error", formError: "stale", values: { title: "x" } });
    expect(idNeed.stale).toBe(
      "Kebutuhan ini telah diubah oleh orang lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru.",
    );
    expect(enNeed.stale).toMatch(/changed by someone else/);
  });

  it("maps data-layer field errors to their fields and access errors to a refusal", async () => {
    const invalid = await errorState(
      new AppError("INVALID_INPUT", "x", {
        fieldErrors: { "kbliCodes.1": ["kbliUnknown"], "kbliCodes.2": ["kbliUnknown"] },
      }),
    );
    expect(invalid.fieldErrors).toEqual({ kbliCodes: "kbliUnknown" });
    expect((await errorState(new AppError("NOT_FOUND"))).formError).toBe("notFound");
    expect((await errorState(new AppError("FORBIDDEN"))).formError).toBe("forbidden");
    await expect(errorState(new Error("database down"))).rejects.toThrow("database down");
    expect(fieldErrorsOf([{ path: "", message: "generic" }])).toEqual({ form: "generic" });
  });
});
