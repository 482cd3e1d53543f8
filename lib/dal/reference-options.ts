import "server-only";
import { db } from "@/lib/db";
import { KBLI_VERSION } from "@/lib/reference/kbli";

export type RegencyOption = { code: string; name: string };
export type DocumentTypeOption = { code: string; nameId: string; nameEn: string };
export type KbliOption = { code: string; title: string };

/** Reference data is public knowledge: no actor needed. North Sumatra's 33 kabupaten/kota. */
export async function listRegencyOptions(provinceCode = "12"): Promise<RegencyOption[]> {
  return db.regency.findMany({ where: { provinceCode }, orderBy: { name: "asc" }, select: { code: true, name: true } });
}

/** Active document types in their display order. */
export async function listDocumentTypeOptions(): Promise<DocumentTypeOption[]> {
  return db.documentType.findMany({
    where: { isActive: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, nameId: true, nameEn: true },
  });
}

/** Active 5-digit KBLI codes (the level needs are classified at), for the form's suggestions. */
export async function listKbliOptions(): Promise<KbliOption[]> {
  const rows = await db.kbliCode.findMany({
    where: { version: KBLI_VERSION, level: 5, isActive: true },
    orderBy: { code: "asc" },
    select: { code: true, titleId: true },
  });
  return rows.map((row) => ({ code: row.code, title: row.titleId }));
}
