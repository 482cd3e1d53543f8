import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { reminderStage } from "@/lib/domain/paperwork-reminders";
import { runPaperworkReminders } from "@/lib/jobs/paperwork-reminders";
import type { MailMessage, Mailer } from "@/lib/notifications/email";
import { createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { truncateDomainTables } from "../setup/db";
import { uniqueNib } from "../setup/umkm";

// The daily paperwork job on the run's real database: expiry, reminders 30/7/0 days before and
// on expiry, overdue cases, emails for new notifications only — and nothing twice.

const TODAY = "2030-01-15";
const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000);
const iso = (offset: number) => day(offset).toISOString().slice(0, 10);

function recordingMailer(fail: (message: MailMessage) => boolean = () => false) {
  const sent: MailMessage[] = [];
  const sendMail = vi.fn(async (message: MailMessage) => {
    if (fail(message)) throw new Error("SMTP 451 try again later");
    sent.push(message);
  });
  const mailer: Mailer = {
    transport: { sendMail },
    from: "Portal <noreply@test.kemitraan.id>",
    baseUrl: "https://portal.test",
  };
  return { mailer, sent, sendMail };
}

let docs: Map<string, string>;
const fx = {} as {
  umkmId: string;
  otherUmkmId: string;
  owner: { id: string; email: string };
  ownerEn: { id: string; email: string };
  officer: { id: string; email: string };
  officer2: { id: string; email: string };
  items: Record<string, string>;
  cases: Record<string, string>;
};

async function item(
  umkmId: string,
  code: string,
  status: PaperworkStatus,
  expiresOffset: number | null,
  officerId: string | null = null,
) {
  const issued = status === "ISSUED" || status === "EXPIRED";
  const row = await db.paperworkItem.create({
    data: {
      umkmId,
      documentTypeId: docs.get(code)!,
      status,
      assistingOfficerId: officerId,
      // An issued NIB is also the profile's NIB (migration nib_one_fact): it needs a real, unique number.
      number: issued ? (code === "NIB" ? uniqueNib() : `NO-${code}`) : null,
      issuedOn: issued ? day(-400) : null,
      expiresOn: expiresOffset === null ? null : day(expiresOffset),
    },
    select: { id: true },
  });
  return row.id;
}

async function assistanceCase(
  umkmId: string,
  status: "OPEN" | "IN_PROGRESS" | "RESOLVED",
  dueOffset: number,
  people: { assigneeId?: string | null; openedById?: string | null },
) {
  const row = await db.assistanceCase.create({
    data: {
      umkmId,
      documentTypeId: docs.get("NIB")!,
      status,
      dueDate: day(dueOffset),
      assigneeId: people.assigneeId ?? null,
      openedById: people.openedById ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  await truncateDomainTables();
  docs = await ensureDocumentTypes(db, [
    "NIB",
    "NPWP",
    "SERTIFIKAT_STANDAR",
    "SPP_IRT",
    "HALAL",
    "SLHS",
    "SNI",
    "BPOM_MD",
  ]);
  const umkm = await createTestUmkm(db, { businessName: "Katering Nauli Uji" });
  const other = await createTestUmkm(db, { businessName: "Bengkel Tanpa Pemilik" });
  fx.umkmId = umkm.id;
  fx.otherUmkmId = other.id;
  fx.owner = await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id });
  fx.ownerEn = await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id });
  await db.user.update({ where: { id: fx.ownerEn.id }, data: { locale: "en" } });
  await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id, isActive: false });
  fx.officer = await createTestUser(db, "PMPTSP_OFFICER");
  fx.officer2 = await createTestUser(db, "DISKOP_STAFF");
  const disabledOfficer = await createTestUser(db, "PMPTSP_OFFICER", { isActive: false });
  fx.items = {
    in30: await item(umkm.id, "SLHS", "ISSUED", 30, fx.officer.id),
    in7: await item(umkm.id, "SPP_IRT", "ISSUED", 7),
    today: await item(umkm.id, "SNI", "ISSUED", 0, fx.officer.id),
    lapsed: await item(umkm.id, "BPOM_MD", "ISSUED", -1, fx.officer.id),
    in31: await item(umkm.id, "SERTIFIKAT_STANDAR", "ISSUED", 31, fx.officer.id),
    longExpired: await item(umkm.id, "NPWP", "EXPIRED", -40, fx.officer.id),
    inProgress: await item(umkm.id, "HALAL", "IN_PROGRESS", null, fx.officer.id),
    noExpiry: await item(umkm.id, "NIB", "ISSUED", null, fx.officer.id),
    otherLapsed: await item(other.id, "SLHS", "ISSUED", -3, fx.officer2.id),
  };
  fx.cases = {
    assigned: await assistanceCase(umkm.id, "OPEN", -1, { assigneeId: fx.officer.id, openedById: fx.officer2.id }),
    unassigned: await assistanceCase(umkm.id, "IN_PROGRESS", -5, { openedById: fx.officer2.id }),
    resolved: await assistanceCase(umkm.id, "RESOLVED", -10, { assigneeId: fx.officer.id }),
    dueToday: await assistanceCase(other.id, "OPEN", 0, { assigneeId: fx.officer2.id }),
    disabledAssignee: await assistanceCase(other.id, "OPEN", -2, { assigneeId: disabledOfficer.id }),
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

const notificationsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }] });

describe("reminderStage", () => {
  it.each([
    [31, null],
    [30, "d30"],
    [8, "d30"],
    [7, "d7"],
    [1, "d7"],
    [0, "d0"],
    [-1, null],
  ] as const)("%i days before expiry → %s", (daysLeft, key) => {
    expect(reminderStage(iso(daysLeft), TODAY)?.key ?? null).toBe(key);
  });
});

describe("runPaperworkReminders", () => {
  it("expires lapsed documents and notifies owners and officers 30/7/0 days ahead, on expiry and for overdue cases; emails each new notification once", async () => {
    const { mailer, sent, sendMail } = recordingMailer();
    const result = await runPaperworkReminders(day(0), { mailer });

    // Two owners (one English-speaking) × 4 stages + officer on 3 of them + the other UMKM's officer + 2 overdue cases.
    expect(result).toEqual({ expired: 2, notified: 8 + 3 + 1 + 2, emailed: 14 });
    expect(sendMail).toHaveBeenCalledTimes(14);

    const statuses = await db.paperworkItem.findMany({
      where: { id: { in: Object.values(fx.items) } },
      select: { id: true, status: true },
    });
    const statusOf = (key: string) => statuses.find((s) => s.id === fx.items[key])?.status;
    expect([statusOf("lapsed"), statusOf("otherLapsed")]).toEqual(["EXPIRED", "EXPIRED"]);
    expect([statusOf("today"), statusOf("in7"), statusOf("in30"), statusOf("noExpiry")]).toEqual([
      "ISSUED",
      "ISSUED",
      "ISSUED",
      "ISSUED",
    ]);
    const history = await db.paperworkHistory.findMany({ where: { itemId: fx.items.lapsed } });
    expect(history).toMatchObject([{ fromStatus: "ISSUED", toStatus: "EXPIRED", changedById: null }]);
    expect(await db.auditEvent.count({ where: { action: "paperwork.expire", entityId: fx.items.lapsed } })).toBe(1);

    const owner = await notificationsOf(fx.owner.id);
    expect(owner.map((n) => n.kind).sort()).toEqual([
      "paperworkExpired",
      "paperworkExpiresIn30",
      "paperworkExpiresIn7",
      "paperworkExpiresToday",
    ]);
    expect(owner.every((n) => n.link === "/my-business/paperwork")).toBe(true);
    expect(owner.find((n) => n.kind === "paperworkExpiresIn30")).toMatchObject({
      dedupeKey: `paperwork:${fx.items.in30}:${iso(30)}:d30`,
      params: {
        umkm: "Katering Nauli Uji",
        document: "Sertifikat Laik Higiene Sanitasi (SLHS)",
        documentEn: "Hygiene and Sanitation Certificate (SLHS)",
        date: iso(30),
      },
    });
    expect(owner.find((n) => n.kind === "paperworkExpired")?.dedupeKey).toBe(
      `paperwork:${fx.items.lapsed}:${iso(-1)}:expired`,
    );

    const officer = await notificationsOf(fx.officer.id);
    expect(officer.map((n) => n.kind).sort()).toEqual([
      "caseOverdue",
      "paperworkExpired",
      "paperworkExpiresIn30",
      "paperworkExpiresToday",
    ]);
    expect(officer.filter((n) => n.kind.startsWith("paperwork")).every((n) => n.link === `/umkm/${fx.umkmId}`)).toBe(
      true,
    );
    expect(officer.find((n) => n.kind === "caseOverdue")).toMatchObject({
      link: `/cases/${fx.cases.assigned}`,
      dedupeKey: `case:${fx.cases.assigned}:${iso(-1)}:overdue`,
    });

    // The unassigned case goes to its opener; the other UMKM's lapsed SLHS to its officer.
    const officer2 = await notificationsOf(fx.officer2.id);
    expect(officer2.map((n) => n.kind).sort()).toEqual(["caseOverdue", "paperworkExpired"]);
    expect(officer2.find((n) => n.kind === "caseOverdue")?.link).toBe(`/cases/${fx.cases.unassigned}`);

    // Mails: one per new notification, to the right people, in their language, with absolute links.
    expect(sent.filter((m) => m.to === fx.owner.email)).toHaveLength(4);
    expect(sent.filter((m) => m.to === fx.officer.email)).toHaveLength(4);
    const englishThirty = sent.find((m) => m.to === fx.ownerEn.email && m.text.includes("30 days"));
    expect(englishThirty?.text).toContain("Hygiene and Sanitation Certificate (SLHS)");
    expect(englishThirty?.text).toContain("https://portal.test/my-business/paperwork");
    const indonesianThirty = sent.find((m) => m.to === fx.owner.email && m.text.includes("30 hari"));
    expect(indonesianThirty?.text).toContain("Sertifikat Laik Higiene Sanitasi (SLHS)");
    expect(indonesianThirty?.subject).toMatch(/^Portal Kemitraan UMKM: /);
  });

  it("a second run the same day expires nothing, notifies nobody and sends no mail", async () => {
    const before = await db.notification.count();
    const { mailer, sendMail } = recordingMailer();
    expect(await runPaperworkReminders(day(0), { mailer })).toEqual({ expired: 0, notified: 0, emailed: 0 });
    expect(sendMail).not.toHaveBeenCalled();
    expect(await db.notification.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "paperwork.expire", entityId: fx.items.lapsed } })).toBe(1);
  });

  it("the next day: today's document has lapsed, the 31-day one enters its 30-day window, the case due yesterday is overdue; nothing else repeats", async () => {
    const { mailer, sent } = recordingMailer();
    const result = await runPaperworkReminders(day(1), { mailer });
    // Expired notice (2 owners + officer) + 30-day reminder of in31 (2 owners + officer) + the case now overdue.
    expect(result).toEqual({ expired: 1, notified: 3 + 3 + 1, emailed: 7 });
    const thirty = await db.notification.findMany({
      where: { dedupeKey: `paperwork:${fx.items.in31}:${iso(31)}:d30` },
    });
    expect(thirty).toHaveLength(3);
    const newest = await db.notification.findMany({
      where: {
        createdAt: { gte: new Date(Date.now() - 60_000) },
        kind: "paperworkExpired",
        dedupeKey: { contains: fx.items.today },
      },
    });
    expect(newest.map((n) => n.userId).sort()).toEqual([fx.owner.id, fx.ownerEn.id, fx.officer.id].sort());
    expect(sent.filter((m) => m.to === fx.officer2.email)).toHaveLength(1);
    expect(await runPaperworkReminders(day(1), { mailer })).toEqual({ expired: 0, notified: 0, emailed: 0 });
  });

  it("a failed mail is logged with its error and keeps the in-app notification; the others still go out", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await db.paperworkItem.update({ where: { id: fx.items.in30 }, data: { expiresOn: day(7 + 30) } });
    const { mailer, sent } = recordingMailer((message) => message.to === fx.owner.email);
    // 23 days later: the SLHS (renewed, now expiring at +37) is 14 days away — a new 30-day stage
    // for a new expiry date (2 owners + officer) — and the SPP-IRT (+7) has lapsed (2 owners).
    const result = await runPaperworkReminders(day(23), { mailer });
    expect(result).toEqual({ expired: 1, notified: 5, emailed: 3 });
    const failedFor = await db.notification.findMany({
      where: {
        userId: fx.owner.id,
        dedupeKey: { in: [`paperwork:${fx.items.in30}:${iso(37)}:d30`, `paperwork:${fx.items.in7}:${iso(7)}:expired`] },
      },
    });
    expect(failedFor).toHaveLength(2);
    expect(sent.some((m) => m.to === fx.owner.email)).toBe(false);
    expect(sent.filter((m) => m.to === fx.ownerEn.email)).toHaveLength(2);
    const logged = errors.mock.calls
      .map((call) => String(call[0]))
      .filter((line) => line.includes("email send failed"));
    expect(logged).toHaveLength(2);
    expect(JSON.parse(logged[0]!)).toMatchObject({
      level: "error",
      to: fx.owner.email,
      error: "SMTP 451 try again later",
    });
  });

  it("without SMTP every new mail is one log line and nothing is sent", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    // The earlier fixtures must stay quiet 100 days on: their documents no longer expire.
    await db.paperworkItem.updateMany({
      where: { umkmId: { in: [fx.umkmId, fx.otherUmkmId] }, status: "ISSUED" },
      data: { expiresOn: null },
    });
    const umkm = await createTestUmkm(db);
    const owner = await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id });
    await item(umkm.id, "SLHS", "ISSUED", 100 + 7);
    const result = await runPaperworkReminders(day(100), { mailer: { transport: null, from: "x@y.z", baseUrl: null } });
    expect(result).toMatchObject({ notified: 1, emailed: 0 });
    const lines = info.mock.calls
      .map((call) => JSON.parse(String(call[0])) as Record<string, unknown>)
      .filter((line) => line.msg === "email not configured; would send");
    expect(lines).toEqual([expect.objectContaining({ to: owner.email, kind: "paperworkExpiresIn7" })]);
  });
});
