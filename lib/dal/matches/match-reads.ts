import "server-only";
import {
  FIRM_CONTACT_READERS,
  hasRole,
  INTRODUCTION_PARTIES,
  MATCH_APPROVERS,
  UMKM_CONTACT_READERS,
} from "@/lib/access/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStatus, PolaKemitraan, UmkmScale } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { listEntityHistory } from "@/lib/dal/audit";
import { verbsFor, type MatchVerb } from "@/lib/domain/match-lifecycle";
import { AppError } from "@/lib/errors";
import { withLiveReadiness } from "@/lib/matching/score";
import type { ScoreBreakdown } from "@/lib/matching/types";
import {
  matchVisibilityWhere,
  readinessFor,
  seesNeedEstimate,
  seesValues,
  toBreakdown,
  type MatchViewer,
  type ReadinessView,
} from "@/lib/dal/matches/match-visibility";
import { isUuid } from "@/lib/validation/ids";
import { toIsoDate } from "@/lib/dates";

export type UmkmContact = { ownerName: string; phone: string | null; email: string | null; address: string | null };
export type FirmContact = { contactName: string | null; email: string | null; phone: string | null; address: string };
export type PartnershipView = {
  pattern: PolaKemitraan;
  /** Digit string; null for viewers who never see contract values (Diskop). */
  valueRp: string | null;
  startDate: string;
  endDate: string | null;
  signedAt: string;
  endedAt: string | null;
  endReason: string | null;
};

/** One match as every screen shows it; contact details only where the viewer's role is entitled to them. */
export type MatchView = {
  id: string;
  status: MatchStatus;
  score: number;
  version: number;
  breakdown: ScoreBreakdown;
  readiness: ReadinessView;
  decisionReason: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  umkmConfirmedAt: string | null;
  createdAt: string;
  updatedAt: string;
  need: {
    id: string;
    title: string;
    status: string;
    firmId: string;
    firmName: string;
    regency: string;
    slots: number;
    periodStart: string;
    periodEnd: string;
    estimatedValueRp: string | null;
  };
  umkm: { id: string; businessName: string; regency: string; district: string; scale: UmkmScale; nib: string | null };
  /** The UMKM's contact: offices, and the firm's staff for an introduction (never the UMKM itself: it is its own). */
  umkmContact: UmkmContact | null;
  /** The firm's contact: offices and the UMKM's owner of an introduction. */
  firmContact: FirmContact | null;
  partnership: PartnershipView | null;
  /** What the viewer may do now (the writes check again). */
  allowedVerbs: MatchVerb[];
};

const SELECT = {
  id: true,
  status: true,
  score: true,
  version: true,
  scoreBreakdown: true,
  decisionReason: true,
  approvedAt: true,
  umkmConfirmedAt: true,
  createdAt: true,
  updatedAt: true,
  needId: true,
  umkmId: true,
  approvedBy: { select: { name: true } },
  need: {
    select: {
      id: true,
      title: true,
      status: true,
      slots: true,
      periodStart: true,
      periodEnd: true,
      estimatedValueRp: true,
      companyId: true,
      deliveryRegency: { select: { name: true } },
      company: { select: { name: true, contactName: true, contactEmail: true, contactPhone: true, address: true } },
    },
  },
  umkm: {
    select: {
      id: true,
      businessName: true,
      scale: true,
      nib: true,
      ownerName: true,
      phone: true,
      email: true,
      address: true,
      regency: { select: { name: true } },
      district: { select: { name: true } },
    },
  },
  partnership: {
    select: {
      pattern: true,
      valueRp: true,
      startDate: true,
      endDate: true,
      signedAt: true,
      endedAt: true,
      endReason: true,
    },
  },
} satisfies Prisma.MatchSelect;

type Row = Prisma.MatchGetPayload<{ select: typeof SELECT }>;

function toView(viewer: MatchViewer, row: Row, readiness: ReadinessView): MatchView {
  const { need, umkm, partnership } = row;
  return {
    id: row.id,
    status: row.status,
    score: Number(row.score),
    version: row.version,
    // The readiness words come from today's readiness, the same answer as the panel beside them.
    breakdown: withLiveReadiness(toBreakdown(row.scoreBreakdown, Number(row.score)), readiness),
    readiness,
    decisionReason: row.decisionReason,
    approvedBy: row.approvedBy?.name ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    umkmConfirmedAt: row.umkmConfirmedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    need: {
      id: need.id,
      title: need.title,
      status: need.status,
      firmId: need.companyId,
      firmName: need.company.name,
      regency: need.deliveryRegency.name,
      slots: need.slots,
      periodStart: toIsoDate(need.periodStart),
      periodEnd: toIsoDate(need.periodEnd),
      estimatedValueRp:
        seesNeedEstimate(viewer.role) && need.estimatedValueRp !== null ? need.estimatedValueRp.toString() : null,
    },
    umkm: {
      id: umkm.id,
      businessName: umkm.businessName,
      regency: umkm.regency.name,
      district: umkm.district.name,
      scale: umkm.scale,
      nib: umkm.nib,
    },
    umkmContact: hasRole(viewer, UMKM_CONTACT_READERS)
      ? { ownerName: umkm.ownerName, phone: umkm.phone, email: umkm.email, address: umkm.address }
      : null,
    firmContact: hasRole(viewer, FIRM_CONTACT_READERS)
      ? {
          contactName: need.company.contactName,
          email: need.company.contactEmail,
          phone: need.company.contactPhone,
          address: need.company.address,
        }
      : null,
    partnership: partnership && {
      pattern: partnership.pattern,
      valueRp: seesValues(viewer.role) ? partnership.valueRp.toString() : null,
      startDate: toIsoDate(partnership.startDate),
      endDate: partnership.endDate ? toIsoDate(partnership.endDate) : null,
      signedAt: toIsoDate(partnership.signedAt),
      endedAt: partnership.endedAt?.toISOString() ?? null,
      endReason: partnership.endReason,
    },
    allowedVerbs: verbsFor(viewer.role, row.status, row.umkmConfirmedAt !== null),
  };
}

/** Rows → views, with the readiness of every UMKM computed per need in two queries. */
async function toViews(viewer: MatchViewer, rows: Row[]): Promise<MatchView[]> {
  const byNeed = new Map<string, string[]>();
  for (const row of rows) byNeed.set(row.needId, [...(byNeed.get(row.needId) ?? []), row.umkmId]);
  const readiness = new Map<string, ReadinessView>();
  for (const [needId, umkmIds] of byNeed) {
    for (const [umkmId, view] of await readinessFor(db, needId, umkmIds)) readiness.set(`${needId}:${umkmId}`, view);
  }
  return rows.map((row) => toView(viewer, row, readiness.get(`${row.needId}:${row.umkmId}`)!));
}

/** One match `viewer` may see (detail page); NOT_FOUND otherwise, whether or not the id exists. */
export async function getMatch(viewer: MatchViewer, id: string): Promise<MatchView> {
  const scope = isUuid(id) ? matchVisibilityWhere(viewer) : null;
  const row = scope && (await db.match.findFirst({ where: { AND: [{ id }, scope] }, select: SELECT }));
  if (!row) throw new AppError("NOT_FOUND");
  return (await toViews(viewer, [row]))[0]!;
}

/** The match's status history from its audit events (who, when, from → to, reason). */
export async function getMatchHistory(viewer: MatchViewer, id: string) {
  await getMatch(viewer, id);
  const rows = await listEntityHistory("match", id);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export type NeedCandidates = {
  need: { id: string; title: string; status: string; firmName: string; slots: number; approvedCount: number };
  candidates: MatchView[];
};

/**
 * A need's candidates for PMPTSP (all statuses), best score first, at most `take` (200).
 * Only PMPTSP_OFFICER and ADMIN; an unknown need is NOT_FOUND.
 */
export async function listNeedCandidates(viewer: MatchViewer, needId: string, take = 200): Promise<NeedCandidates> {
  if (!hasRole(viewer, MATCH_APPROVERS)) throw new AppError("FORBIDDEN");
  const need = isUuid(needId)
    ? await db.supplyNeed.findUnique({
        where: { id: needId },
        select: { id: true, title: true, status: true, slots: true, company: { select: { name: true } } },
      })
    : null;
  if (!need) throw new AppError("NOT_FOUND");
  const [rows, approvedCount] = await Promise.all([
    db.match.findMany({
      where: { needId },
      orderBy: [{ score: "desc" }, { id: "asc" }],
      take: Math.min(take, 500),
      select: SELECT,
    }),
    db.match.count({ where: { needId, status: { in: ["APPROVED", "ACCEPTED", "AGREEMENT_SIGNED"] } } }),
  ]);
  return {
    need: {
      id: need.id,
      title: need.title,
      status: need.status,
      firmName: need.company.name,
      slots: need.slots,
      approvedCount,
    },
    candidates: await toViews(viewer, rows),
  };
}

/**
 * Introductions of a firm's staff (their firm's needs) or of an UMKM's owner (their UMKM),
 * most recently changed first, at most 100. Other roles use the board.
 */
export async function listIntroductions(viewer: MatchViewer): Promise<MatchView[]> {
  if (!hasRole(viewer, INTRODUCTION_PARTIES)) throw new AppError("FORBIDDEN");
  const rows = await db.match.findMany({
    where: matchVisibilityWhere(viewer),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 100,
    select: SELECT,
  });
  return toViews(viewer, rows);
}

/**
 * The introductions of one of the token's firm's needs, for the REST API: best score first.
 * A need of another firm (or that does not exist) is NOT_FOUND.
 */
export async function listNeedIntroductions(viewer: MatchViewer, needId: string): Promise<MatchView[]> {
  if (viewer.role !== "COMPANY_STAFF" || !viewer.companyId) throw new AppError("FORBIDDEN");
  const need = isUuid(needId)
    ? await db.supplyNeed.findFirst({ where: { id: needId, companyId: viewer.companyId }, select: { id: true } })
    : null;
  if (!need) throw new AppError("NOT_FOUND");
  const rows = await db.match.findMany({
    where: { AND: [{ needId }, matchVisibilityWhere(viewer)] },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    take: 500,
    select: SELECT,
  });
  return toViews(viewer, rows);
}
