import type { DbClient } from "@/lib/db";
import { DOCUMENT_TYPES } from "@/lib/reference/document-types";
import { seedUuid } from "@/prisma/seed/random";

/** Fixed id of a reference document type, so pages and tests can name one (e.g. the NIB type's edit page). */
export const documentTypeSeedId = (code: string) => seedUuid(`document-type:${code}`);

/**
 * Creates each reference document type that is missing, keyed by its stable `code`. An
 * existing row is left as it is (upsert with an empty update): ADMIN edits steps and validity
 * in the portal, and a re-seed must not undo that. Returns the id of every type by code.
 */
export async function seedDocumentTypes(tx: DbClient): Promise<Map<string, string>> {
  return ensureDocumentTypes(
    tx,
    DOCUMENT_TYPES.map((type) => type.code),
  );
}

/** Like `seedDocumentTypes` for just the given codes (used by test factories). */
export async function ensureDocumentTypes(tx: DbClient, codes: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const code of codes) {
    const reference = DOCUMENT_TYPES.find((type) => type.code === code);
    if (!reference) throw new Error(`unknown document type ${code} (lib/reference/document-types.ts)`);
    const row = await tx.documentType.upsert({
      where: { code },
      create: { id: documentTypeSeedId(code), ...reference },
      update: {},
      select: { id: true },
    });
    ids.set(code, row.id);
  }
  return ids;
}
