import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/dal/users/user-guards";
import type { SessionUser } from "@/lib/session-user";

export type CompanyOption = { id: string; name: string };
export type UmkmOption = { id: string; businessName: string; regency: string; nib: string | null };

/** Active firms for the COMPANY_STAFF firm picker (a few hundred at most), by name. ADMIN only. */
export async function listCompanyOptions(actor: SessionUser): Promise<CompanyOption[]> {
  assertAdmin(actor);
  return db.company.findMany({ where: { isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export const UMKM_OPTION_LIMIT = 20;

/**
 * At most 20 active UMKM for the UMKM_OWNER picker: a 13-digit term is an NIB (unique index),
 * anything else a prefix full-text search over name and products (GIN index on search_vector) —
 * the registry holds up to 1.2 million rows, so nothing is ever loaded in bulk. ADMIN only.
 */
export async function searchUmkmOptions(actor: SessionUser, term: string): Promise<UmkmOption[]> {
  assertAdmin(actor);
  const trimmed = term.trim();
  const select = { id: true, businessName: true, nib: true, regency: { select: { name: true } } } as const;
  let rows: { id: string; businessName: string; nib: string | null; regency: { name: string } }[];
  if (/^\d{13}$/.test(trimmed)) {
    rows = await db.umkm.findMany({ where: { nib: trimmed, isActive: true }, select });
  } else {
    // Words of letters/digits only, each as a prefix: "katering nau" → 'katering':* & 'nau':*.
    const words =
      trimmed
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu)
        ?.slice(0, 5) ?? [];
    if (words.length === 0) return [];
    const query = words.map((word) => `'${word}':*`).join(" & ");
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM umkm
      WHERE is_active AND search_vector @@ to_tsquery('indonesian', ${query})
      ORDER BY business_name, id
      LIMIT ${UMKM_OPTION_LIMIT}`;
    rows = await db.umkm.findMany({
      where: { id: { in: ids.map((row) => row.id) } },
      orderBy: [{ businessName: "asc" }, { id: "asc" }],
      select,
    });
  }
  return rows.map(({ regency, ...row }) => ({ ...row, regency: regency.name }));
}
