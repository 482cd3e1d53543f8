import { z } from "zod";
import { isCalendarDate, parseEnteredDate } from "@/lib/validation/dates";
import { text } from "@/lib/validation/text";

// The audit log's filters, kept in the URL (?action=&actor=&entityType=&entityId=&from=&to=&cursor=)
// so a filtered view can be bookmarked and shared. Parsed by the page and the data layer alike.

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional();
// A day typed as people type dates in the portal (dd/mm/yyyy, the filter form's DateInput) or ISO;
// parsed to ISO, so the data layer and the page links (auditQuery) carry `YYYY-MM-DD`.
const isoDate = text()
  .trim()
  .transform(parseEnteredDate)
  .refine(isCalendarDate)
  .optional()
  .or(z.literal("").transform(() => undefined));

export const auditFiltersSchema = z
  .object({
    action: optionalText(100),
    actor: optionalText(254),
    entityType: optionalText(50),
    entityId: optionalText(100),
    from: isoDate,
    to: isoDate,
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    message: "dateRange",
  });

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** First value of each query parameter (Next.js gives arrays for repeated ones). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** The query string of `filters` (empty values dropped), optionally with a cursor. */
export function auditQuery(filters: AuditFilters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `?${query}` : "";
}
