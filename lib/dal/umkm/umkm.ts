import "server-only";
import { hasRole, UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { AppError, issuesError } from "@/lib/errors";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { csvLine } from "@/lib/export/csv";
import { idCursor } from "@/lib/pagination/cursor";
import type { SessionUser } from "@/lib/session-user";
import { registryFilterSchema, type RegistryFilter } from "@/lib/validation/registry";
import { estimateRegistry, selectRegistryRows } from "@/lib/dal/umkm/umkm-registry-query";

/** Business data only: owner name, phone, e-mail and address never appear in registry lists. */
export type UmkmListItem = {
  id: string;
  businessName: string;
  regency: string;
  district: string;
  scale: UmkmScale;
  hasNib: boolean;
  isNominated: boolean;
  kbliCodes: string[];
};

/**
 * How many rows match the filter: `exact` when this page shows them all (first page, no next
 * page), else PostgreSQL's estimate ("±1,2 juta"), never an exact count over the table.
 */
export type UmkmTotal = { value: number; exact: boolean };

export type UmkmPage = { items: UmkmListItem[]; nextCursor: string | null; total: UmkmTotal };

function authorise(user: SessionUser): void {
  if (!hasRole(user, UMKM_REGISTRY_ROLES)) throw new AppError("FORBIDDEN");
}

/** Validates a filter (e.g. from the export URL); INVALID_INPUT lists the offending fields. */
function parseFilter(filter: unknown): RegistryFilter {
  const parsed = registryFilterSchema.safeParse(filter);
  if (!parsed.success)
    throw issuesError(
      "INVALID_INPUT",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      "invalid",
    );
  return parsed.data;
}

/**
 * One page of the UMKM registry matching `filter` (kabupaten/kota, kecamatan of that
 * kabupaten/kota, KBLI prefix, scale, NIB, open nomination, full-text search), in id order.
 * `after` is the previous page's `nextCursor` (keyset on the last id; one the registry did not
 * make is INVALID_INPUT `cursorInvalid`). Offices only: FORBIDDEN for firms and UMKM owners;
 * INVALID_INPUT for a malformed filter or a kecamatan outside the kabupaten.
 */
export async function listUmkm(
  user: SessionUser,
  filter: RegistryFilter = {},
  after: string | null = null,
  pageSize = 50,
): Promise<UmkmPage> {
  authorise(user);
  const valid = parseFilter(filter);
  const cursor = idCursor.parse(after)?.id ?? null;
  // With a kabupaten/kecamatan the walk is index-only whatever the estimate: ask both at once.
  // Without one, the estimate decides whether to walk the table at all (selectRegistryIds).
  const [estimate, rows] =
    valid.regency || valid.district
      ? await Promise.all([estimateRegistry(db, valid), selectRegistryRows(db, valid, cursor, pageSize + 1)])
      : await estimateRegistry(db, valid).then(
          async (e) => [e, await selectRegistryRows(db, valid, cursor, pageSize + 1, e)] as const,
        );
  const items = rows.slice(0, pageSize).map((row) => ({
    id: row.id,
    businessName: row.businessName,
    regency: row.regencyName,
    district: row.districtName,
    scale: row.scale,
    hasNib: row.nib !== null,
    isNominated: row.isNominated,
    kbliCodes: row.kbliCodes,
  }));
  const last = items.at(-1);
  const hasNext = rows.length > pageSize;
  const total: UmkmTotal =
    cursor === null && !hasNext
      ? { value: items.length, exact: true }
      : { value: Math.max(estimate.matches, items.length + (hasNext ? 1 : 0)), exact: false };
  return { items, nextCursor: hasNext && last ? idCursor.encode({ id: last.id }) : null, total };
}

export const EXPORT_HEADER = [
  "id",
  "nama_usaha",
  "kode_kabupaten_kota",
  "kabupaten_kota",
  "kode_kecamatan",
  "kecamatan",
  "kbli",
  "skala",
  "nib",
  "produk",
  "kapasitas",
  "dinominasikan",
];

/**
 * The registry rows matching `filter` as CSV lines (header first), read in keyset pages of
 * `chunkSize` so an export of a million rows never sits in memory. Access and the filter are
 * checked before the first line, so a refused export fails before any byte is sent.
 */
export function exportUmkmCsv(user: SessionUser, filter: unknown, chunkSize = 5000): AsyncGenerator<string> {
  authorise(user);
  const valid = parseFilter(filter);
  return (async function* lines() {
    yield csvLine(EXPORT_HEADER);
    let after: string | null = null;
    for (;;) {
      const rows = await selectRegistryRows(db, valid, after, chunkSize);
      if (rows.length === 0) return;
      yield rows
        .map((r) =>
          csvLine([
            r.id,
            r.businessName,
            r.regencyCode,
            r.regencyName,
            r.districtCode,
            r.districtName,
            r.kbliCodes.join(" "),
            r.scale,
            r.nib ?? "",
            r.productsText,
            String(r.capacity),
            r.isNominated ? "ya" : "tidak",
          ]),
        )
        .join("");
      if (rows.length < chunkSize) return;
      after = rows.at(-1)?.id ?? null;
    }
  })();
}
