import { z } from "zod";
import { InvestmentType } from "@/lib/generated/prisma/enums";
import { text, url } from "@/lib/validation/text";
import { blankAsNull } from "@/lib/validation/primitives";

/**
 * Firm (perusahaan besar) schemas shared by the firm form, its server actions and the data
 * layer. Error messages are keys of the `firmValidation` namespace. Optional contact fields
 * arrive from the form as "" and are stored as null.
 */

const requiredText = (max: number, required: string) =>
  text({ error: required }).trim().min(1, { error: required }).max(max, { error: "tooLong" });

export const firmInputSchema = z.object({
  name: requiredText(160, "nameRequired"),
  legalName: requiredText(200, "legalNameRequired"),
  sector: requiredText(160, "sectorRequired"),
  investmentType: z.enum(InvestmentType, { error: "investmentTypeRequired" }),
  regencyCode: text({ error: "regencyRequired" }).regex(/^\d{2}\.\d{2}$/, { error: "regencyRequired" }),
  address: requiredText(500, "addressRequired"),
  contactName: blankAsNull(text().trim().max(160, { error: "tooLong" })),
  contactEmail: blankAsNull(
    text()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "emailInvalid" })),
  ),
  contactPhone: blankAsNull(
    text()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "phoneInvalid" }),
  ),
  website: blankAsNull(url({ protocol: /^https?$/, error: "websiteInvalid" })),
});
export type FirmInput = z.infer<typeof firmInputSchema>;

/** A firm's fields from its form, as the schema's input. */
export function firmFormToInput(form: FormData): Record<string, unknown> {
  const keys = [
    "name",
    "legalName",
    "sector",
    "investmentType",
    "regencyCode",
    "address",
    "contactName",
    "contactEmail",
    "contactPhone",
    "website",
    "version",
  ];
  return Object.fromEntries(keys.map((key) => [key, String(form.get(key) ?? "")]));
}

/** The firms list's search (`/firms?q=`): at most 100 characters, blank = everything. */
export const firmSearchSchema = text().trim().max(100, { error: "tooLong" }).default("");

/** A name for a new API token, so its holder knows which system uses it. */
export const apiTokenInputSchema = z.object({
  name: requiredText(80, "tokenNameRequired"),
});
