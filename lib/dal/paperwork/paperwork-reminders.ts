import "server-only";
import { addDaysIso, fromIsoDate, todayIso, toIsoDate } from "@/lib/dates";
import { db, type DbClient } from "@/lib/db";
import { notifyUsers } from "@/lib/dal/notifications";
import { expireLapsedPaperwork } from "@/lib/dal/paperwork/paperwork-expiry";
import { reminderStage, type ReminderStage } from "@/lib/domain/paperwork-reminders";
import type { EmailInput } from "@/lib/notifications/email";

/** How far back an EXPIRED item still gets its "expired" notice (catches up a run that stopped half-way). */
const EXPIRED_CATCH_UP_DAYS = 7;

export type PaperworkReminders = { expired: number; notified: number; mails: EmailInput[] };

type ItemRow = {
  id: string;
  umkmId: string;
  status: string;
  expiresOn: Date | null;
  assistingOfficerId: string | null;
  umkm: { businessName: string };
  documentType: { nameId: string; nameEn: string };
};

const ITEM_SELECT = {
  id: true,
  umkmId: true,
  status: true,
  expiresOn: true,
  assistingOfficerId: true,
  umkm: { select: { businessName: true } },
  documentType: { select: { nameId: true, nameEn: true } },
} as const;

/**
 * The database part of the daily paperwork job (lib/jobs/paperwork-reminders.ts; `today` is a
 * calendar day in WIB: a UTC-midnight date or any instant of that day). In order:
 * (a) ISSUED documents whose expiry date is before today become EXPIRED (`expireLapsedPaperwork`:
 *     history + audit, each item once);
 * (b) the UMKM's owners (link: their paperwork checklist) and the assisting officer (link: the UMKM page)
 *     are told 30, 7 and 0 days before expiry and once it has expired;
 * (c) the assignee — or, without one, the opener — of every OPEN/IN_PROGRESS assistance case
 *     past its due date is told, once per case and due date.
 * Every notification carries a dedupe key (`paperwork:<item>:<expiresOn>:d30|d7|d0|expired`,
 * `case:<case>:<dueDate>:overdue`), so a second run the same day notifies and expires nothing.
 * Each step commits on its own. Returns the mails of the notifications this run inserted, for
 * the caller to send after all of them are written.
 */
export async function notifyPaperworkReminders(today: Date): Promise<PaperworkReminders> {
  const day = todayIso(today);
  const expiredNow = await expireLapsedPaperwork(db, today);
  const mails: EmailInput[] = [];
  let notified = 0;
  const notify = async (input: Parameters<typeof notifyUsers>[1]) => {
    const ids = await notifyUsers(db, input);
    notified += ids.length;
    if (ids.length > 0) mails.push({ userIds: ids, kind: input.kind, params: input.params, link: input.link });
  };

  const items: ItemRow[] = await db.paperworkItem.findMany({
    where: {
      OR: [
        { status: "ISSUED", expiresOn: { gte: fromIsoDate(day), lte: fromIsoDate(addDaysIso(day, 30)) } },
        {
          status: "EXPIRED",
          expiresOn: { gte: fromIsoDate(addDaysIso(day, -EXPIRED_CATCH_UP_DAYS)), lt: fromIsoDate(day) },
        },
        { id: { in: expiredNow.map((item) => item.id) }, status: "EXPIRED" },
      ],
    },
    select: ITEM_SELECT,
    orderBy: { id: "asc" },
  });
  const owners = await ownersByUmkm(db, [...new Set(items.map((item) => item.umkmId))]);
  for (const item of items) {
    if (!item.expiresOn) continue;
    const expiresOn = toIsoDate(item.expiresOn);
    const stage: ReminderStage | null =
      item.status === "EXPIRED" ? { kind: "paperworkExpired", key: "expired" } : reminderStage(expiresOn, day);
    if (!stage) continue;
    const params = {
      umkm: item.umkm.businessName,
      document: item.documentType.nameId,
      documentEn: item.documentType.nameEn,
      date: expiresOn,
    };
    const dedupeKey = `paperwork:${item.id}:${expiresOn}:${stage.key}`;
    await notify({
      userIds: owners.get(item.umkmId) ?? [],
      kind: stage.kind,
      params,
      link: "/my-business/paperwork",
      dedupeKey,
    });
    if (item.assistingOfficerId)
      await notify({
        userIds: [item.assistingOfficerId],
        kind: stage.kind,
        params,
        link: `/umkm/${item.umkmId}`,
        dedupeKey,
      });
  }

  const overdue = await db.assistanceCase.findMany({
    where: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: fromIsoDate(day) } },
    select: {
      id: true,
      dueDate: true,
      assigneeId: true,
      openedById: true,
      umkm: { select: { businessName: true } },
      documentType: { select: { nameId: true, nameEn: true } },
    },
    orderBy: { id: "asc" },
  });
  for (const found of overdue) {
    const recipient = found.assigneeId ?? found.openedById;
    if (!recipient || !found.dueDate) continue;
    const dueDate = toIsoDate(found.dueDate);
    await notify({
      userIds: [recipient],
      kind: "caseOverdue",
      link: `/cases/${found.id}`,
      dedupeKey: `case:${found.id}:${dueDate}:overdue`,
      params: {
        umkm: found.umkm.businessName,
        document: found.documentType.nameId,
        documentEn: found.documentType.nameEn,
        date: dueDate,
      },
    });
  }
  return { expired: expiredNow.length, notified, mails };
}

/** The active owner accounts of each UMKM in `umkmIds`, in one query. */
async function ownersByUmkm(client: DbClient, umkmIds: string[]): Promise<Map<string, string[]>> {
  const byUmkm = new Map<string, string[]>();
  if (umkmIds.length === 0) return byUmkm;
  const rows = await client.user.findMany({
    where: { role: "UMKM_OWNER", isActive: true, umkmId: { in: umkmIds } },
    select: { id: true, umkmId: true },
    orderBy: { id: "asc" },
  });
  for (const row of rows) if (row.umkmId) byUmkm.set(row.umkmId, [...(byUmkm.get(row.umkmId) ?? []), row.id]);
  return byUmkm;
}
