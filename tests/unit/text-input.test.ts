import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { loadMessages } from "@/lib/i18n/messages";
import { proposalDecisionSchema } from "@/lib/validation/allocation";
import { documentTypeInputSchema } from "@/lib/validation/document-types";
import { apiTokenInputSchema, firmInputSchema, firmSearchSchema } from "@/lib/validation/firms";
import {
  endPartnershipSchema,
  MATCH_ERROR_KEYS,
  matchBoardFilterSchema,
  matchDecisionSchema,
} from "@/lib/validation/matches";
import { WEIGHTS_ERROR_KEYS, weightsFormSchema } from "@/lib/validation/matching-weights";
import { needFieldsSchema, needFilterSchema, needTransitionSchema } from "@/lib/validation/needs";
import { NOMINATION_ERROR_KEYS, nominationDecisionSchema, nominationInputSchema } from "@/lib/validation/nomination";
import { caseCloseSchema, caseOpenSchema, caseStepSchema, paperworkUpdateSchema } from "@/lib/validation/paperwork";
import { registryFilterSchema } from "@/lib/validation/registry";
import { isStorableText, text, TEXT_CHARACTER_ERROR, url, visibleText } from "@/lib/validation/text";
import { UMKM_ERROR_KEYS, umkmFieldsSchema, umkmOwnerInputSchema } from "@/lib/validation/umkm";
import { passwordChangeSchema, userCreateSchema, userListFilterSchema, userUpdateSchema } from "@/lib/validation/users";
import { fieldErrorsOf } from "@/lib/forms/action-state";

// Issue 11: a NUL (U+0000) in any text reached PostgreSQL and failed with 22021 (a 500). Every
// input schema takes text through text()/url(), which refuse it as a field error.

const NUL = "a\u0000b";
const LONE_HIGH = "a\ud800b";
const LONE_LOW = "a\udc00b";

describe("the text primitive", () => {
  it("refuses NUL and unpaired surrogates, keeps every other character", () => {
    for (const bad of [NUL, "\u0000", LONE_HIGH, LONE_LOW, "\ud800", "x\udc00\ud800"])
      expect(isStorableText(bad)).toBe(false);
    for (const good of ["", "Katering Nauli", "😀 emoji (a surrogate pair)", "tab\tline\nbidi\u202e", "Rp 1.500.000"])
      expect(isStorableText(good)).toBe(true);
  });

  it("gives the one message key and stops the later checks of the field", () => {
    const schema = text({ error: "required" }).trim().min(1, "required").max(3, "tooLong");
    expect(schema.safeParse(`${NUL}-far-too-long`).error?.issues).toEqual([
      expect.objectContaining({ message: TEXT_CHARACTER_ERROR }),
    ]);
    expect(schema.safeParse(LONE_HIGH).error?.issues.map((i) => i.message)).toEqual([TEXT_CHARACTER_ERROR]);
    expect(schema.parse("  ab ")).toBe("ab");
    expect(
      url()
        .safeParse("https://example.org/a\u0000b")
        .error?.issues.map((i) => i.message),
    ).toEqual([TEXT_CHARACTER_ERROR]);
    expect(url().parse("https://example.org/a")).toBe("https://example.org/a");
  });

  it("makes refused characters visible for echoing them back", () => {
    expect(visibleText("Warung\u0000Nasi \ud800!")).toBe("Warung\u2400Nasi \uFFFD!");
    expect(visibleText("😀")).toBe("😀");
  });
});

/** `schema` refuses `input` with `textCharacter` at `path`. */
function expectRefused(schema: z.ZodType, input: Record<string, unknown>, path: string) {
  const result = schema.safeParse(input);
  expect(result.success, `${path} accepted a NUL`).toBe(false);
  const messages = result.error!.issues.filter((issue) => issue.path.join(".") === path).map((issue) => issue.message);
  expect(messages, path).toContain(TEXT_CHARACTER_ERROR);
}

const uuid = "11111111-1111-4111-8111-111111111111";

describe("every input schema refuses a NUL in each text field", () => {
  const cases: [string, z.ZodType, string[], Record<string, unknown>?][] = [
    [
      "needFieldsSchema",
      needFieldsSchema,
      ["title", "description", "unit", "quantity", "estimatedValueRp", "deliveryRegencyCode"],
    ],
    ["needTransitionSchema", needTransitionSchema, ["reason"], { to: "CLOSED", version: 1 }],
    ["needFilterSchema", needFilterSchema, ["q", "kbli", "regency", "cursor"]],
    [
      "umkmFieldsSchema",
      umkmFieldsSchema,
      ["businessName", "ownerName", "phone", "nib", "npwp", "productsText", "address", "regencyCode", "districtCode"],
    ],
    ["umkmOwnerInputSchema", umkmOwnerInputSchema, ["phone", "productsText", "address"]],
    ["userCreateSchema", userCreateSchema, ["email", "name", "password"]],
    ["userUpdateSchema", userUpdateSchema, ["name"]],
    ["passwordChangeSchema", passwordChangeSchema, ["currentPassword", "newPassword", "confirmPassword"]],
    [
      "firmInputSchema",
      firmInputSchema,
      ["name", "legalName", "sector", "address", "regencyCode", "contactName", "contactEmail", "contactPhone"],
    ],
    ["apiTokenInputSchema", apiTokenInputSchema, ["name"]],
    [
      "documentTypeInputSchema",
      documentTypeInputSchema,
      ["code", "nameId", "nameEn", "issuer", "numberPattern", "stepsId", "stepsEn"],
    ],
    ["nominationInputSchema", nominationInputSchema, ["reason", "readinessNotes"]],
    ["nominationDecisionSchema", nominationDecisionSchema, ["reason"]],
    ["paperworkUpdateSchema", paperworkUpdateSchema, ["number", "issuer", "notes", "changeNote", "issuedOn"]],
    ["caseOpenSchema", caseOpenSchema, ["note", "dueDate"]],
    ["caseStepSchema", caseStepSchema, ["note"]],
    ["caseCloseSchema", caseCloseSchema, ["outcome"]],
    ["matchDecisionSchema", matchDecisionSchema, ["reason"]],
    ["endPartnershipSchema", endPartnershipSchema, ["reason"]],
    ["weightsFormSchema", weightsFormSchema, ["note"]],
    ["registryFilterSchema", registryFilterSchema, ["q", "kbli", "regency", "district"]],
    ["auditFiltersSchema", auditFiltersSchema, ["action", "actor", "entityType", "entityId"]],
  ];
  for (const [name, schema, fields, base = {}] of cases) {
    it(`${name}: ${fields.join(", ")}`, () => {
      for (const field of fields)
        expectRefused(
          schema,
          { ...base, [field]: field === "issuedOn" || field === "dueDate" ? "2026-01-0\u00001" : NUL },
          field,
        );
    });
  }

  it("the firm's website, the firm search and list items (KBLI, documents, proposals)", () => {
    expectRefused(firmInputSchema, { website: "https://example.org/a\u0000b" }, "website");
    expect(firmSearchSchema.safeParse(NUL).error?.issues[0]?.message).toBe(TEXT_CHARACTER_ERROR);
    expectRefused(needFieldsSchema, { kbliCodes: ["5621\u0000"] }, "kbliCodes.0");
    expectRefused(needFieldsSchema, { documentCodes: ["NIB\u0000"] }, "documentCodes.0");
    expectRefused(
      proposalDecisionSchema,
      { runId: uuid, decision: "ACCEPT", proposals: [`${uuid}/${uuid}\u0000`] },
      "proposals.0",
    );
  });

  it("a lone surrogate from a JSON escape is refused like a NUL", () => {
    expectRefused(needFieldsSchema, JSON.parse('{"title":"Katering \\ud800"}') as Record<string, unknown>, "title");
  });

  it("filters that ignore bad values drop a NUL instead of passing it on", () => {
    expect(userListFilterSchema.parse({ q: NUL }).q).toBeUndefined();
    expect(matchBoardFilterSchema.parse({ after: NUL }).after).toBeUndefined();
  });
});

describe("the message reaches the reader", () => {
  it("is a known key of the schemas that map unknown keys to 'invalid'", () => {
    for (const keys of [
      UMKM_ERROR_KEYS,
      MATCH_ERROR_KEYS,
      NOMINATION_ERROR_KEYS,
      WEIGHTS_ERROR_KEYS,
    ] as readonly (readonly string[])[])
      expect(keys).toContain(TEXT_CHARACTER_ERROR);
    expect(fieldErrorsOf(umkmFieldsSchema.safeParse({ businessName: NUL }).error!, UMKM_ERROR_KEYS).businessName).toBe(
      TEXT_CHARACTER_ERROR,
    );
  });

  it("is translated in both catalogues wherever those schemas' errors are shown", async () => {
    const paths = [
      "needValidation.textCharacter",
      "umkmForm.errors.textCharacter",
      "userValidation.textCharacter",
      "paperwork.errors.textCharacter",
      "cases.errors.textCharacter",
      "documentTypes.errors.textCharacter",
      "nominations.errors.textCharacter",
      "matching.errors.textCharacter",
      "matchingWeights.errors.textCharacter",
      "firms.v_textCharacter",
      "apiTokens.textCharacter",
      "registry.error.textCharacter",
      "audit.textCharacter",
    ];
    for (const locale of ["id", "en"] as const) {
      const messages = await loadMessages(locale);
      for (const path of paths) {
        const value = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
        expect(typeof value, `${locale}: ${path}`).toBe("string");
        expect(value as string).toMatch(/NUL/);
      }
    }
  });
});
