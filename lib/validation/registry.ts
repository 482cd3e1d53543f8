import { z } from "zod";
import { text } from "@/lib/validation/text";

/** Empty form fields arrive as "" from a GET form: treat them as "not filtered". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
const yesNo = optional(z.enum(["yes", "no"]));

/**
 * The registry filter as it travels in the URL (`/umkm?regency=12.71&kbli=56&q=katering`) and
 * into the CSV export. A kecamatan must belong to the chosen kabupaten/kota (its code starts
 * with the regency code), so it cannot be chosen without one.
 */
export const registryFilterSchema = z
  .object({
    regency: optional(text().regex(/^[0-9]{2}\.[0-9]{2}$/, "regency")),
    district: optional(text().regex(/^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$/, "district")),
    kbli: optional(text().regex(/^[0-9]{2,5}$/, "kbli")),
    scale: optional(z.enum(["MIKRO", "KECIL", "MENENGAH", "BESAR"])),
    nib: yesNo,
    nominated: yesNo,
    q: optional(text().trim().max(100, "q")),
  })
  .superRefine((filter, ctx) => {
    if (filter.district && !filter.district.startsWith(`${filter.regency ?? "-"}.`)) {
      ctx.addIssue({ code: "custom", path: ["district"], message: "districtOutsideRegency" });
    }
  });

export type RegistryFilter = z.infer<typeof registryFilterSchema>;

/** The filter as URL parameters (empty ones left out), for links, the form and the export URL. */
export function registryFilterParams(filter: RegistryFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  return params;
}
