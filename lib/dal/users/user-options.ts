import "server-only";
import { db } from "@/lib/db";
import { rankedUmkmSearch } from "@/lib/dal/umkm/umkm-search";
import { assertAdmin } from "@/lib/dal/users/user-guards";
import type { SessionUser } from "@/lib/session-user";

export type CompanyOption = { id: string; name: string };
export type UmkmOption = { id: string; businessName: string; regency: string; district: string; nib: string | null };

/** Active firms for the COMPANY_STAFF firm picker (a few hundred at most), by name. ADMIN only. */
export async function listCompanyOptions(actor: SessionUser): Promise<CompanyOption[]> {
  assertAdmin(actor);
  return db.company.findMany({ where: { isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export const UMKM_OPTION_LIMIT = 20;

/**
 * At most 20 active UMKM for the UMKM_OWNER picker, ranked (rankedUmkmSearch): the NIB, then the
 * name exactly as typed (punctuation included: "CV. Maju Jaya", "UD Sinar-Baru"), names starting
 * with it, then word matches — each with its kabupaten/kota, kecamatan and NIB, so businesses of
 * the same name can be told apart. Indexed lookups only: the registry holds up to 1.2 million
 * rows. ADMIN only.
 */
export async function searchUmkmOptions(actor: SessionUser, term: string): Promise<UmkmOption[]> {
  assertAdmin(actor);
  const hits = await rankedUmkmSearch(db, term, { limit: UMKM_OPTION_LIMIT, activeOnly: true });
  return hits.map(({ id, businessName, nib, regency, district }) => ({ id, businessName, nib, regency, district }));
}
