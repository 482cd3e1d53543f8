import { z } from "zod";
import { COMPONENTS, type MatchingWeightsValue } from "@/lib/matching/types";
import { optionalText } from "@/lib/validation/primitives";

/** Message keys of the `matchingWeights.errors` catalogue. */
export const WEIGHTS_ERROR_KEYS = [
  "required",
  "percent",
  "decimals",
  "sum",
  "tooLong",
  "invalid",
  "textCharacter",
] as const;

/** "12,5" or "12.5" → 12.5; blanks are missing. */
const percent = z.preprocess(
  (value) =>
    typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim().replace(",", "."))) : value,
  z
    .number({ error: "required" })
    .min(0, "percent")
    .max(100, "percent")
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "decimals"),
);

const percentages = z.object(
  Object.fromEntries(COMPONENTS.map((name) => [name, percent])) as Record<(typeof COMPONENTS)[number], typeof percent>,
);

/** Sum of the percentages, to two decimals (the form shows the same figure live). */
export const percentSum = (values: Partial<Record<(typeof COMPONENTS)[number], number>>) =>
  Math.round(COMPONENTS.reduce((sum, name) => sum + (values[name] ?? 0), 0) * 100) / 100;

/**
 * The ADMIN form for a new weights version: seven percentages (0–100, up to 2 decimals) that
 * add up to exactly 100, and an optional note. Parses to the stored shape: shares summing to 1.
 */
export const weightsFormSchema = z
  .object({ ...percentages.shape, note: optionalText(500) })
  .refine((v) => percentSum(v) === 100, { path: ["sum"], message: "sum" })
  .transform(({ note, ...values }) => ({
    weights: Object.fromEntries(
      COMPONENTS.map((name) => [name, Math.round(values[name] * 100) / 10_000]),
    ) as MatchingWeightsValue,
    note: note ?? null,
  }));
export type WeightsFormInput = z.output<typeof weightsFormSchema>;
