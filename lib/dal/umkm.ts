import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";

const REGISTRY_ROLES = new Set(["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF"]);

/** Business data only: owner name, phone and e-mail never appear in registry lists. */
export type UmkmListItem = {
  id: string;
  businessName: string;
  regency: string;
  district: string;
  scale: string;
  hasNib: boolean;
  kbliCodes: string[];
};

export type UmkmPage = { items: UmkmListItem[]; nextCursor: string | null };

/**
 * One page of the UMKM registry in id order (keyset pagination: `after` is the last id of the
 * previous page, so page N costs the same as page 1 over 1.2 million rows).
 */
export async function listUmkm(user: SessionUser, after: string | null, pageSize = 50): Promise<UmkmPage> {
  if (!REGISTRY_ROLES.has(user.role)) throw new AppError("FORBIDDEN");
  const rows = await db.umkm.findMany({
    where: after ? { id: { gt: after } } : {},
    orderBy: { id: "asc" },
    take: pageSize + 1,
    select: {
      id: true,
      businessName: true,
      scale: true,
      nib: true,
      regency: { select: { name: true } },
      district: { select: { name: true } },
      kbli: { select: { code: true } },
    },
  });
  const items = rows.slice(0, pageSize).map((row) => ({
    id: row.id,
    businessName: row.businessName,
    regency: row.regency.name,
    district: row.district.name,
    scale: row.scale,
    hasNib: row.nib !== null,
    kbliCodes: row.kbli.map((k) => k.code),
  }));
  return { items, nextCursor: rows.length > pageSize ? (items.at(-1)?.id ?? null) : null };
}
