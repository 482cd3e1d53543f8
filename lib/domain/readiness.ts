import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { epochDay } from "@/lib/dates";

/** A document a need requires (supply_need_documents → document_types). */
export type RequiredDocument = { documentTypeId: string; code: string };

/** What the UMKM holds for one document type (a paperwork item), or nothing. */
export type HeldDocument = {
  documentTypeId: string;
  status: PaperworkStatus;
  issuedOn: Date | null;
  expiresOn: Date | null;
};

/**
 * The state of one required document for one need:
 * - READY: ISSUED, issued on or before the need's start and valid through its end;
 * - EXPIRES_DURING: ISSUED and valid on the start date, but expires before the need ends
 *   (counts as ready on the start date; the owner must renew it in time);
 * - IN_PROGRESS: being applied for (IN_PROGRESS or SUBMITTED);
 * - EXPIRED: ISSUED/EXPIRED but not valid on the start date (lapsed, or issued only after it);
 * - MISSING: no item, NOT_STARTED or REJECTED.
 */
export type ReadinessState = "READY" | "EXPIRES_DURING" | "IN_PROGRESS" | "EXPIRED" | "MISSING";

export type ReadinessItem = { documentTypeId: string; code: string; state: ReadinessState; expiresOn: Date | null };

export type Readiness = {
  items: ReadinessItem[];
  /** Required documents valid on the need's start date (READY or EXPIRES_DURING). */
  readyCount: number;
  requiredCount: number;
  /** readyCount / requiredCount; 1 when the need requires nothing. */
  ratio: number;
  isComplete: boolean;
};

function stateOf(held: HeldDocument | undefined, start: Date, end: Date): ReadinessState {
  if (!held) return "MISSING";
  switch (held.status) {
    case "IN_PROGRESS":
    case "SUBMITTED":
      return "IN_PROGRESS";
    case "ISSUED":
    case "EXPIRED": {
      // EXPIRED is kept as a status by the reminder job; the dates decide validity either way.
      const issuedInTime = held.issuedOn !== null && epochDay(held.issuedOn) <= epochDay(start);
      const validOnStart =
        held.status === "ISSUED" && (held.expiresOn === null || epochDay(held.expiresOn) >= epochDay(start));
      if (!issuedInTime || !validOnStart) return "EXPIRED";
      return held.expiresOn !== null && epochDay(held.expiresOn) < epochDay(end) ? "EXPIRES_DURING" : "READY";
    }
    default:
      return "MISSING";
  }
}

/**
 * Paperwork readiness of one UMKM for one need (DESIGN.md "Paperwork item"): which required
 * documents are ISSUED and valid on the need's start date, which are missing, in progress,
 * or will expire before the need ends. Pure; the same function serves the UMKM page, the
 * owner's checklist, the match screens and the matching score's readiness component.
 */
export function computeReadiness(
  required: readonly RequiredDocument[],
  held: readonly HeldDocument[],
  period: { start: Date; end: Date },
): Readiness {
  const byType = new Map(held.map((item) => [item.documentTypeId, item]));
  const items = required.map((doc) => {
    const item = byType.get(doc.documentTypeId);
    return {
      documentTypeId: doc.documentTypeId,
      code: doc.code,
      state: stateOf(item, period.start, period.end),
      expiresOn: item?.expiresOn ?? null,
    };
  });
  const readyCount = items.filter((item) => item.state === "READY" || item.state === "EXPIRES_DURING").length;
  const requiredCount = required.length;
  return {
    items,
    readyCount,
    requiredCount,
    ratio: requiredCount === 0 ? 1 : readyCount / requiredCount,
    isComplete: readyCount === requiredCount,
  };
}
