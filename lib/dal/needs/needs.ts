import "server-only";
import { hasRole, NEED_ESTIMATE_READERS } from "@/lib/access/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NeedStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { isPastDeadline } from "@/lib/domain/need-lifecycle";
import { AppError } from "@/lib/errors";
import type { NeedFilter } from "@/lib/validation/needs";
import { decodeCursor, encodeCursor, keysetWhere, orderByFor } from "@/lib/dal/needs/need-keyset";
import { fromIsoDate, todayIso, toIsoDate } from "@/lib/dates";

export type NeedListItem = {
  id: string;
  title: string;
  firmId: string;
  firmName: string;
  status: NeedStatus;
  isPastDeadline: boolean;
  deliveryRegencyCode: string;
  deliveryRegency: string;
  responseDeadline: string;
  slots: number;
  kbliCodes: string[];
  createdAt: string;
  /** Rupiah as a digit string; null when the viewer may not see contract values. */
  estimatedValueRp: string | null;
};

export type NeedPage = { items: NeedListItem[]; nextCursor: string | null };

/** Contract values are hidden from Diskop staff (DESIGN.md roles table) and UMKM owners. */
export function canSeeValues(role: Role): boolean {
  return hasRole(role, NEED_ESTIMATE_READERS);
}

/**
 * Which needs `actor` may see, as a where clause: a firm's staff (and its API tokens) only
 * their firm's, Diskop staff only published ones, officers and admins all; UMKM owners none
 * (they see introductions).
 */
export function needVisibilityWhere(actor: Pick<Actor, "role" | "companyId">): Prisma.SupplyNeedWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "PMPTSP_OFFICER":
      return {};
    case "DISKOP_STAFF":
      return { status: { in: ["OPEN", "MATCHING", "FILLED"] } };
    case "COMPANY_STAFF":
      if (!actor.companyId) throw new AppError("FORBIDDEN");
      return { companyId: actor.companyId };
    case "UMKM_OWNER":
      throw new AppError("FORBIDDEN");
  }
}

/**
 * Ids of needs whose `indonesian` full-text vector matches `query` (web-search syntax:
 * words, "phrases", -excluded). Scoped to the actor's firm when it has one; the caller still
 * intersects with needVisibilityWhere, so this never widens what anyone sees.
 */
async function fullTextMatches(actor: Pick<Actor, "role" | "companyId">, query: string): Promise<string[]> {
  const rows =
    actor.role === "COMPANY_STAFF" && actor.companyId
      ? await db.$queryRaw<
          { id: string }[]
        >`SELECT id::text FROM supply_needs WHERE company_id = ${actor.companyId}::uuid AND search_vector @@ websearch_to_tsquery('indonesian', ${query}) LIMIT 5000`
      : await db.$queryRaw<
          { id: string }[]
        >`SELECT id::text FROM supply_needs WHERE search_vector @@ websearch_to_tsquery('indonesian', ${query}) LIMIT 5000`;
  return rows.map((row) => row.id);
}

/** Finished needs, hidden from the browsing page by default (`/needs?show=all` shows them). */
export const FINISHED_NEED_STATUSES: readonly NeedStatus[] = ["CLOSED", "CANCELLED"];

/**
 * Current needs only: not CLOSED/CANCELLED, and not OPEN past their response deadline (the
 * rule of isPastDeadline; a need in MATCHING or FILLED is still being worked whatever its date).
 */
export function currentNeedsWhere(today: string = todayIso()): Prisma.SupplyNeedWhereInput {
  return {
    status: { notIn: [...FINISHED_NEED_STATUSES] },
    NOT: { status: "OPEN", responseDeadline: { lt: fromIsoDate(today) } },
  };
}

export type NeedListOptions = {
  /**
   * Hide finished and past-deadline needs (the browsing page's default). An explicit status
   * filter wins: `status=CLOSED` lists the closed needs. The API lists everything, as before.
   */
  currentOnly?: boolean;
};

/** The filters of the browsing page and the API as one where clause (visibility included). */
async function filterWhere(
  actor: Actor,
  filter: NeedFilter,
  { currentOnly = false }: NeedListOptions = {},
): Promise<Prisma.SupplyNeedWhereInput> {
  const and: Prisma.SupplyNeedWhereInput[] = [needVisibilityWhere(actor)];
  if (currentOnly && !filter.status) and.push(currentNeedsWhere());
  if (filter.status) and.push({ status: filter.status });
  if (filter.firm) and.push({ companyId: filter.firm });
  if (filter.kbli) and.push({ kbli: { some: { code: { startsWith: filter.kbli } } } });
  if (filter.regency) and.push({ deliveryRegencyCode: filter.regency });
  if (filter.deadlineFrom) and.push({ responseDeadline: { gte: fromIsoDate(filter.deadlineFrom) } });
  if (filter.deadlineTo) and.push({ responseDeadline: { lte: fromIsoDate(filter.deadlineTo) } });
  if (filter.q) and.push({ id: { in: await fullTextMatches(actor, filter.q) } });
  return { AND: and };
}

/**
 * One page of the needs `actor` may see, filtered and sorted, with keyset pagination (the
 * cursor encodes the sort key and id of the last row). Sorting by value falls back to the
 * deadline for roles that may not see values, so the order never reveals them.
 */
export async function listNeeds(actor: Actor, filter: NeedFilter, options: NeedListOptions = {}): Promise<NeedPage> {
  const showValues = canSeeValues(actor.role);
  const sort = filter.sort === "value" && !showValues ? "deadline" : filter.sort;
  const cursor = filter.cursor ? decodeCursor(filter.cursor, sort) : null;
  const where = await filterWhere(actor, filter, options);
  const rows = await db.supplyNeed.findMany({
    where: cursor ? { AND: [where, keysetWhere(sort, cursor)] } : where,
    orderBy: orderByFor(sort),
    take: filter.limit + 1,
    select: {
      id: true,
      title: true,
      status: true,
      responseDeadline: true,
      slots: true,
      estimatedValueRp: true,
      createdAt: true,
      deliveryRegencyCode: true,
      companyId: true,
      company: { select: { name: true } },
      deliveryRegency: { select: { name: true } },
      kbli: { select: { code: true }, orderBy: { code: "asc" } },
    },
  });
  const items = rows.slice(0, filter.limit).map((row) => ({
    id: row.id,
    title: row.title,
    firmId: row.companyId,
    firmName: row.company.name,
    status: row.status,
    isPastDeadline: isPastDeadline(row.status, toIsoDate(row.responseDeadline)),
    deliveryRegencyCode: row.deliveryRegencyCode,
    deliveryRegency: row.deliveryRegency.name,
    responseDeadline: toIsoDate(row.responseDeadline),
    slots: row.slots,
    kbliCodes: row.kbli.map((k) => k.code),
    createdAt: row.createdAt.toISOString(),
    estimatedValueRp: showValues && row.estimatedValueRp !== null ? row.estimatedValueRp.toString() : null,
  }));
  const last = rows.length > filter.limit ? rows[filter.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(sort, last) : null };
}
