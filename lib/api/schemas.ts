import { z } from "zod";
import { Frequency, NeedStatus, UmkmScale } from "@/lib/generated/prisma/enums";
import {
  needFieldsSchema,
  needFilterSchema,
  needInputSchema,
  needTransitionSchema,
  versionSchema,
} from "@/lib/validation/needs";

/**
 * Schemas of the REST API that are not form schemas: PATCH bodies, and what the API answers
 * (need resources, pages, problems). The OpenAPI document is generated from these and from
 * lib/validation/needs.ts, so documentation and validation cannot drift apart.
 */

// Every request body is a strict object: an unknown member (a typo such as `titel`) is a 400
// naming it, never silently ignored; the OpenAPI document says `additionalProperties: false`.

/** POST /api/v1/needs: the need form's schema (with its cross-field rules), strict. */
export const needCreateBodySchema = needInputSchema.strict();

/** PATCH /api/v1/needs/{id}: any subset of a need's fields plus the version read (or send it as If-Match). */
export const needPatchSchema = needFieldsSchema.strict().partial().extend({ version: versionSchema.optional() });

/** POST /api/v1/needs/{id}/transitions: `{ to, reason, version }`, strict. */
export const needTransitionBodySchema = needTransitionSchema.strict();

/** GET /api/v1/needs query: the browsing filters, strict too (a misspelt `stauts` must not return everything). */
export const needListQuerySchema = needFilterSchema.strict();

/** A calendar date in an answer (YYYY-MM-DD, WIB), for the OpenAPI document. */
export const responseDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const date = responseDate;

export const needResourceSchema = z.object({
  id: z.uuid(),
  firmId: z.uuid(),
  firmName: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(NeedStatus),
  isPastDeadline: z.boolean().describe("OPEN and the response deadline has passed (derived, not stored)."),
  kbli: z.array(z.object({ code: z.string(), title: z.string() })),
  deliveryRegencyCode: z.string(),
  deliveryRegency: z.string(),
  quantity: z.string().describe("Decimal as a string."),
  unit: z.string(),
  frequency: z.enum(Frequency),
  estimatedValueRp: z.string().nullable().describe("Whole rupiah as a digit string."),
  periodStart: date,
  periodEnd: date,
  responseDeadline: date,
  slots: z.int(),
  minScale: z.enum(UmkmScale),
  maxScale: z.enum(UmkmScale),
  documents: z.array(z.object({ code: z.string(), nameId: z.string(), nameEn: z.string() })),
  attachments: z.array(
    z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.string(), sizeBytes: z.int(), createdAt: z.string() }),
  ),
  recordedOnBehalf: z.boolean(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.int().describe("Send it back (body `version` or `If-Match`) when changing the need."),
  createdAt: z.string(),
  updatedAt: z.string(),
  allowedTransitions: z.array(z.enum(NeedStatus)).describe("Status changes this token may make now."),
});

export const needListItemSchema = needResourceSchema
  .pick({
    id: true,
    title: true,
    firmId: true,
    firmName: true,
    status: true,
    isPastDeadline: true,
    deliveryRegencyCode: true,
    deliveryRegency: true,
    responseDeadline: true,
    slots: true,
    estimatedValueRp: true,
    createdAt: true,
  })
  .extend({ kbliCodes: z.array(z.string()) });

export const needPageSchema = z.object({
  items: z.array(needListItemSchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().optional(),
  errors: z
    .array(z.object({ path: z.string(), message: z.string(), code: z.string() }))
    .optional()
    .describe("Validation errors, one per invalid field (`path` uses dots: `kbliCodes.1`)."),
});
