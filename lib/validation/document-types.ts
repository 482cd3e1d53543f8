import { z } from "zod";
import { isValidNumberPattern } from "@/lib/domain/document-types";
import { text } from "@/lib/validation/text";
import { blankAsNull } from "@/lib/validation/primitives";

/**
 * The ADMIN form of a document type. Messages are keys of `documentTypes.errors`. KBLI
 * prefixes are 2–5 digits, given as a list or one comma/space separated string; an empty
 * list means "every business".
 */
const kbliPrefixes = z.unknown().transform((value, ctx): string[] => {
  const list = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[,;\s]+/) : [];
  const prefixes = [...new Set(list.map((item) => item.trim()).filter(Boolean))];
  if (prefixes.some((prefix) => !/^\d{2,5}$/.test(prefix)))
    ctx.addIssue({ code: "custom", message: "kbliPrefixInvalid" });
  else if (prefixes.length > 50) ctx.addIssue({ code: "custom", message: "kbliPrefixTooMany" });
  return prefixes;
});

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const documentTypeInputSchema = z
  .object({
    code: text({ error: "codeInvalid" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, { error: "codeInvalid" }),
    nameId: text({ error: "required" }).trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
    nameEn: text({ error: "required" }).trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
    issuer: text({ error: "required" }).trim().min(2, { error: "required" }).max(300, { error: "tooLong" }),
    expires: checkbox,
    validityMonths: blankAsNull(
      z.coerce
        .number({ error: "validityInvalid" })
        .int({ error: "validityInvalid" })
        .min(1, { error: "validityInvalid" })
        .max(240, { error: "validityInvalid" }),
    ),
    numberPattern: blankAsNull(text().trim().refine(isValidNumberPattern, { error: "patternInvalid" })),
    kbliPrefixes,
    stepsId: text().trim().max(5000, { error: "tooLong" }).default(""),
    stepsEn: text().trim().max(5000, { error: "tooLong" }).default(""),
    isActive: checkbox,
    sortOrder: z.coerce
      .number({ error: "sortInvalid" })
      .int({ error: "sortInvalid" })
      .min(0, { error: "sortInvalid" })
      .max(100_000, { error: "sortInvalid" }),
  })
  .superRefine((value, ctx) => {
    if (!value.expires && value.validityMonths !== null)
      ctx.addIssue({ code: "custom", path: ["validityMonths"], message: "validityWithoutExpiry" });
  });
export type DocumentTypeInput = z.output<typeof documentTypeInputSchema>;
