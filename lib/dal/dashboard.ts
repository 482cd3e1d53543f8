import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_UMKM_SQL, getUmkmTotals } from "@/lib/dal/umkm/umkm-counts";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";

export type Tile = { key: string; value: number };
export type Dashboard =
  | { kind: "admin" | "officer" | "diskop"; tiles: Tile[] }
  | { kind: "company"; firmName: string; tiles: Tile[] }
  | { kind: "umkm"; businessName: string; nib: string | null; tiles: Tile[] };

const tiles = (entries: Record<string, number>): Tile[] =>
  Object.entries(entries).map(([key, value]) => ({ key, value }));

/** A COMPANY_STAFF/UMKM_OWNER user always has its scope (a CHECK guarantees it); refuse otherwise. */
function scopeOf(id: string | null): string {
  if (!id) throw new AppError("FORBIDDEN", "noScope");
  return id;
}

function startOfToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/**
 * The landing dashboard for `user`'s role: real counts, each scoped to what that role may see
 * (a firm's staff count only their firm's rows, a UMKM owner only its own business).
 * Registry figures come from the maintained aggregate (getUmkmTotals, never count(*) over the
 * 1.2 million UMKM); the others are exact counts over small tables through an index on the
 * filtered column (needs, nominations, matches, cases by status; audit events of today by
 * created_at — bounded by one day's events, not the table) — see ARCHITECTURE.md "Programme figures".
 */
export async function getDashboard(user: SessionUser): Promise<Dashboard> {
  switch (user.role) {
    case "ADMIN": {
      const [users, registry, firms, openNeeds, auditToday] = await Promise.all([
        db.user.count({ where: { isActive: true } }),
        getUmkmTotals(),
        db.company.count({ where: { isActive: true } }),
        db.supplyNeed.count({ where: { status: "OPEN" } }),
        db.auditEvent.count({ where: { createdAt: { gte: startOfToday() } } }),
      ]);
      return { kind: "admin", tiles: tiles({ users, umkm: registry.active, firms, openNeeds, auditToday }) };
    }
    case "PMPTSP_OFFICER": {
      const [openNeeds, pendingNominations, matchesToReview, introductions, openCases, registry] = await Promise.all([
        db.supplyNeed.count({ where: { status: "OPEN" } }),
        db.nomination.count({ where: { status: "PROPOSED" } }),
        db.match.count({ where: { status: { in: ["SUGGESTED", "SHORTLISTED"] } } }),
        db.match.count({ where: { status: "APPROVED" } }),
        db.assistanceCase.count({ where: { status: { in: ["OPEN", "IN_PROGRESS"] } } }),
        getUmkmTotals(),
      ]);
      const umkmWithNib = registry.withNib;
      return {
        kind: "officer",
        tiles: tiles({ openNeeds, pendingNominations, matchesToReview, introductions, openCases, umkmWithNib }),
      };
    }
    case "DISKOP_STAFF": {
      const mine = { nominatedById: user.id };
      const [registry, proposed, verified, rejected] = await Promise.all([
        getUmkmTotals(),
        db.nomination.count({ where: { ...mine, status: "PROPOSED" } }),
        db.nomination.count({ where: { ...mine, status: "VERIFIED" } }),
        db.nomination.count({ where: { ...mine, status: "REJECTED" } }),
      ]);
      return {
        kind: "diskop",
        tiles: tiles({ umkm: registry.active, umkmWithNib: registry.withNib, proposed, verified, rejected }),
      };
    }
    case "COMPANY_STAFF": {
      const companyId = scopeOf(user.companyId);
      const ownNeeds = { need: { companyId } };
      const [firm, draftNeeds, openNeeds, introductions, partnerships] = await Promise.all([
        db.company.findUnique({ where: { id: companyId }, select: { name: true } }),
        db.supplyNeed.count({ where: { companyId, status: "DRAFT" } }),
        db.supplyNeed.count({ where: { companyId, status: "OPEN" } }),
        db.match.count({ where: { ...ownNeeds, status: "APPROVED" } }),
        db.match.count({ where: { ...ownNeeds, status: "AGREEMENT_SIGNED" } }),
      ]);
      return {
        kind: "company",
        firmName: firm?.name ?? "—",
        tiles: tiles({ draftNeeds, openNeeds, introductions, partnerships }),
      };
    }
    case "UMKM_OWNER": {
      const umkmId = scopeOf(user.umkmId);
      const [umkm, documentsIssued, documentsPending, introductions, nominations] = await Promise.all([
        db.umkm.findUnique({ where: { id: umkmId }, select: { businessName: true, nib: true } }),
        db.paperworkItem.count({ where: { umkmId, status: "ISSUED" } }),
        db.paperworkItem.count({ where: { umkmId, status: { notIn: ["ISSUED"] } } }),
        db.match.count({ where: { umkmId, status: { in: ["APPROVED", "ACCEPTED", "AGREEMENT_SIGNED"] } } }),
        db.nomination.count({ where: { umkmId } }),
      ]);
      return {
        kind: "umkm",
        businessName: umkm?.businessName ?? "—",
        nib: umkm?.nib ?? null,
        tiles: tiles({ documentsIssued, documentsPending, introductions, nominations }),
      };
    }
  }
}

/**
 * Public programme figures for the landing page (aggregates only, nothing personal), in ONE
 * statement: the page is anonymous, so a visitor costs one pooled round trip — the registry from
 * the maintained `umkm_counts` (ACTIVE_UMKM_SQL), the rest exact counts over small tables
 * (open needs by the (status, response_deadline) index; firms and partnerships number hundreds).
 */
export async function getPublicStats(): Promise<{
  umkm: number;
  openNeeds: number;
  firms: number;
  partnerships: number;
}> {
  const [row] = await db.$queryRaw<{ umkm: number; open_needs: number; firms: number; partnerships: number }[]>`
    SELECT ${ACTIVE_UMKM_SQL} AS umkm,
           (SELECT count(*)::int FROM supply_needs WHERE status = 'OPEN') AS open_needs,
           (SELECT count(*)::int FROM companies WHERE is_active) AS firms,
           (SELECT count(*)::int FROM partnerships) AS partnerships`;
  return {
    umkm: row?.umkm ?? 0,
    openNeeds: row?.open_needs ?? 0,
    firms: row?.firms ?? 0,
    partnerships: row?.partnerships ?? 0,
  };
}
