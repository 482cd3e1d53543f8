import "server-only";
import type { Db, DbClient } from "@/lib/db";
import { todayIso, toIsoDate } from "@/lib/dates";

export type ExpiredPaperwork = { id: string; umkmId: string; documentTypeId: string };

type ExpiredRow = { id: string; umkm_id: string; document_type_id: string; expires_on: Date; code: string };

/**
 * Marks every ISSUED paperwork item whose expiry date is before `today` as EXPIRED — the one
 * transition only the system makes (lib/domain/paperwork-lifecycle.ts). `today` is read as a
 * calendar day in WIB (a UTC-midnight date or any instant of that day both work). One
 * conditional UPDATE … RETURNING claims the rows, so two runs at once (or a run repeated)
 * expire each item exactly once; each expired item gets a history entry (actor null = the
 * system) and a `paperwork.expire` audit event, in the same transaction. Pass the client of
 * an open transaction, or the database client (a transaction is then opened here).
 * Returns the items it expired (none on a second run the same day).
 */
export async function expireLapsedPaperwork(client: Db | DbClient, today: Date): Promise<ExpiredPaperwork[]> {
  const day = todayIso(today);
  const run = async (tx: DbClient): Promise<ExpiredPaperwork[]> => {
    const rows = await tx.$queryRaw<ExpiredRow[]>`
      UPDATE paperwork_items p SET status = 'EXPIRED', version = p.version + 1, updated_at = now()
      FROM document_types t
      WHERE t.id = p.document_type_id AND p.status = 'ISSUED' AND p.expires_on < ${day}::date
      RETURNING p.id::text, p.umkm_id::text, p.document_type_id::text, p.expires_on, t.code`;
    if (rows.length === 0) return [];
    await tx.paperworkHistory.createMany({
      data: rows.map((row) => ({
        itemId: row.id,
        fromStatus: "ISSUED" as const,
        toStatus: "EXPIRED" as const,
        changedById: null,
        note: null,
      })),
    });
    await tx.auditEvent.createMany({
      data: rows.map((row) => ({
        actorId: null,
        action: "paperwork.expire",
        entityType: "paperwork_item",
        entityId: row.id,
        fromStatus: "ISSUED",
        toStatus: "EXPIRED",
        data: {
          umkmId: row.umkm_id,
          documentTypeId: row.document_type_id,
          documentCode: row.code,
          expiresOn: toIsoDate(row.expires_on),
          today: day,
        },
      })),
    });
    return rows.map((row) => ({ id: row.id, umkmId: row.umkm_id, documentTypeId: row.document_type_id }));
  };
  return "$transaction" in client ? (client as Db).$transaction(run) : run(client);
}
