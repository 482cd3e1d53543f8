import "server-only";
import type { DbClient } from "@/lib/db";
import { issuesError } from "@/lib/errors";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import type { NeedInput } from "@/lib/validation/needs";

/**
 * The need rules only the database can check: the KBLI codes, document types and delivery
 * kabupaten/kota exist (and are active) in the reference data. Errors use the schema's paths
 * and message keys, so forms and problem+json show them like any other field error.
 */
export async function resolveNeedReferences(tx: DbClient, input: NeedInput): Promise<{ documentTypeIds: string[] }> {
  const [kbli, documents, regency] = await Promise.all([
    tx.kbliCode.findMany({
      where: { version: KBLI_VERSION, code: { in: input.kbliCodes }, level: 5, isActive: true },
      select: { code: true },
    }),
    tx.documentType.findMany({
      where: { code: { in: input.documentCodes }, isActive: true },
      select: { id: true, code: true },
    }),
    tx.regency.findUnique({ where: { code: input.deliveryRegencyCode }, select: { code: true } }),
  ]);
  const errors: { path: string; message: string }[] = [];
  const knownKbli = new Set(kbli.map((k) => k.code));
  input.kbliCodes.forEach((code, i) => {
    if (!knownKbli.has(code)) errors.push({ path: `kbliCodes.${i}`, message: "kbliUnknown" });
  });
  const knownDocs = new Set(documents.map((d) => d.code));
  input.documentCodes.forEach((code, i) => {
    if (!knownDocs.has(code)) errors.push({ path: `documentCodes.${i}`, message: "documentInvalid" });
  });
  if (!regency) errors.push({ path: "deliveryRegencyCode", message: "regencyRequired" });
  if (errors.length > 0) throw issuesError("INVALID_INPUT", errors, "invalidReferences");
  return { documentTypeIds: documents.map((d) => d.id) };
}
