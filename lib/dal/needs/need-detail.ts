import "server-only";
import type { Frequency, NeedStatus, UmkmScale } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { isEditable, isPastDeadline, mayEditNeeds, transitionsFor } from "@/lib/domain/need-lifecycle";
import { AppError } from "@/lib/errors";
import { canSeeValues, needVisibilityWhere } from "@/lib/dal/needs/needs";
import type { NeedInput } from "@/lib/validation/needs";
import { isUuid } from "@/lib/validation/ids";
import { toIsoDate } from "@/lib/dates";

export type NeedAttachmentItem = {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
};

export type NeedDetail = {
  id: string;
  firmId: string;
  firmName: string;
  title: string;
  description: string;
  status: NeedStatus;
  isPastDeadline: boolean;
  kbli: { code: string; title: string }[];
  deliveryRegencyCode: string;
  deliveryRegency: string;
  quantity: string;
  unit: string;
  frequency: Frequency;
  /** Digit string; null when not stated or when the viewer may not see contract values. */
  estimatedValueRp: string | null;
  periodStart: string;
  periodEnd: string;
  responseDeadline: string;
  slots: number;
  minScale: UmkmScale;
  maxScale: UmkmScale;
  documents: { code: string; nameId: string; nameEn: string }[];
  attachments: NeedAttachmentItem[];
  recordedOnBehalf: boolean;
  publishedAt: string | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** What the viewer may do with it: the UI offers only these, the writes check again. */
  canEdit: boolean;
  allowedTransitions: NeedStatus[];
};

/**
 * One need `actor` may see, with its KBLI codes, required documents and attachments. A need
 * outside the actor's visibility — another firm's, or an unpublished one for Diskop — is
 * NOT_FOUND, exactly like an id that does not exist, so its existence is not revealed.
 */
export async function getNeed(actor: Actor, id: string): Promise<NeedDetail> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const row = await db.supplyNeed.findFirst({
    where: { AND: [{ id }, needVisibilityWhere(actor)] },
    include: {
      company: { select: { name: true } },
      deliveryRegency: { select: { name: true } },
      kbli: { select: { code: true, kbli: { select: { titleId: true } } }, orderBy: { code: "asc" } },
      requiredDocuments: {
        select: { documentType: { select: { code: true, nameId: true, nameEn: true, sortOrder: true } } },
      },
      attachments: {
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const mayEdit = mayEditNeeds(actor.role);
  return {
    id: row.id,
    firmId: row.companyId,
    firmName: row.company.name,
    title: row.title,
    description: row.description,
    status: row.status,
    isPastDeadline: isPastDeadline(row.status, toIsoDate(row.responseDeadline)),
    kbli: row.kbli.map((k) => ({ code: k.code, title: k.kbli.titleId })),
    deliveryRegencyCode: row.deliveryRegencyCode,
    deliveryRegency: row.deliveryRegency.name,
    quantity: row.quantity.toString(),
    unit: row.unit,
    frequency: row.frequency,
    estimatedValueRp:
      canSeeValues(actor.role) && row.estimatedValueRp !== null ? row.estimatedValueRp.toString() : null,
    periodStart: toIsoDate(row.periodStart),
    periodEnd: toIsoDate(row.periodEnd),
    responseDeadline: toIsoDate(row.responseDeadline),
    slots: row.slots,
    minScale: row.minScale,
    maxScale: row.maxScale,
    documents: row.requiredDocuments
      .map((d) => d.documentType)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ code, nameId, nameEn }) => ({ code, nameId, nameEn })),
    attachments: row.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    recordedOnBehalf: row.recordedOnBehalf,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit: mayEdit && isEditable(row.status),
    allowedTransitions: transitionsFor(actor.role, row.status),
  };
}

/** The editable fields of a need, as the form and PATCH start from them. */
export function needInputOf(need: NeedDetail): NeedInput {
  return {
    title: need.title,
    description: need.description,
    kbliCodes: need.kbli.map((k) => k.code),
    deliveryRegencyCode: need.deliveryRegencyCode,
    quantity: need.quantity,
    unit: need.unit,
    frequency: need.frequency,
    estimatedValueRp: need.estimatedValueRp,
    periodStart: need.periodStart,
    periodEnd: need.periodEnd,
    responseDeadline: need.responseDeadline,
    slots: need.slots,
    minScale: need.minScale,
    maxScale: need.maxScale,
    documentCodes: need.documents.map((d) => d.code),
  };
}
