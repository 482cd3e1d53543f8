import { z } from "zod";
import { PolaKemitraan, UmkmScale } from "@/lib/generated/prisma/enums";
import { COMPONENTS } from "@/lib/matching/types";
import { INTRODUCTION_STATUSES } from "@/lib/domain/match-lifecycle";
import type { MatchView } from "@/lib/dal/matches/match-reads";
import { responseDate as date } from "@/lib/api/schemas";

/**
 * What `GET /api/v1/needs/{id}/matches` answers: the introductions (APPROVED and later) of one
 * of the token's firm's needs, with score, breakdown and the UMKM's contact — shared with the
 * firm for these introductions only. The OpenAPI document is generated from these schemas.
 */
const component = z.object({
  value: z.number(),
  weight: z.number(),
  points: z.number().describe("value × weight × 100"),
});

export const scoreBreakdownSchema = z.object({
  score: z.number().min(0).max(100),
  components: z.object(
    Object.fromEntries(COMPONENTS.map((name) => [name, component])) as Record<
      (typeof COMPONENTS)[number],
      typeof component
    >,
  ),
  reasons: z.array(
    z.object({
      key: z.string().describe("Message key, e.g. kbliSame5, sameRegency."),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  missingDocuments: z.array(z.string()).describe("Codes of required documents not valid on the need's start date."),
  weightsVersion: z.int(),
});

export const matchResourceSchema = z.object({
  id: z.uuid(),
  needId: z.uuid(),
  status: z.enum(INTRODUCTION_STATUSES as [string, ...string[]]).describe("Only introductions: APPROVED and later."),
  score: z.number().min(0).max(100),
  scoreBreakdown: scoreBreakdownSchema,
  umkm: z.object({
    id: z.uuid(),
    businessName: z.string(),
    ownerName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    regency: z.string(),
    district: z.string(),
    scale: z.enum(UmkmScale),
    nib: z.string().nullable(),
  }),
  approvedAt: z.string().nullable(),
  umkmConfirmedAt: z.string().nullable().describe("When the UMKM's owner confirmed interest."),
  decisionReason: z.string().nullable(),
  partnership: z
    .object({
      pattern: z.enum(PolaKemitraan),
      valueRp: z.string().describe("Whole rupiah as a digit string."),
      startDate: date,
      endDate: date.nullable(),
      signedAt: date,
      endedAt: z.string().nullable(),
      endReason: z.string().nullable(),
    })
    .nullable(),
  version: z.int(),
  updatedAt: z.string(),
});

export const matchListSchema = z.object({ items: z.array(matchResourceSchema).describe("Best score first.") });

/** A match view (as a COMPANY_STAFF actor reads it) as the API resource. */
export function matchResource(view: MatchView): z.infer<typeof matchResourceSchema> {
  return {
    id: view.id,
    needId: view.need.id,
    status: view.status,
    score: view.score,
    scoreBreakdown: view.breakdown,
    umkm: {
      id: view.umkm.id,
      businessName: view.umkm.businessName,
      ownerName: view.umkmContact?.ownerName ?? "",
      phone: view.umkmContact?.phone ?? null,
      email: view.umkmContact?.email ?? null,
      address: view.umkmContact?.address ?? null,
      regency: view.umkm.regency,
      district: view.umkm.district,
      scale: view.umkm.scale,
      nib: view.umkm.nib,
    },
    approvedAt: view.approvedAt,
    umkmConfirmedAt: view.umkmConfirmedAt,
    decisionReason: view.decisionReason,
    partnership: view.partnership && { ...view.partnership, valueRp: view.partnership.valueRp ?? "0" },
    version: view.version,
    updatedAt: view.updatedAt,
  };
}
