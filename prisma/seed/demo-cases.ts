import type { DbClient } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { DemoUmkm } from "@/prisma/seed/demo-umkm";
import { addDays, seedUuid } from "@/prisma/seed/random";

const OFFICER = "petugas@demo.kemitraan.id";
const DISKOP = "diskop@demo.kemitraan.id";

type PlannedCase = {
  key: string;
  umkm: string;
  document: string;
  need?: string;
  assignee: string;
  status: CaseStatus;
  dueInDays: number | null;
  openedDaysAgo: number;
  steps: string[];
  outcome?: string;
};

/**
 * Paperwork-assistance cases around the flagship UMKM (prisma/seed/demo-flagships.ts), so the
 * queue, the overdue marking and the province view have something to show. Ids are fixed
 * (`seedUuid("case:<key>")`): tests/setup/access-manifest.ts names "case:nauli-slhs" as the
 * sample of /cases/[id].
 */
const CASES: readonly PlannedCase[] = [
  {
    key: "nauli-slhs",
    umkm: "Katering Nauli Batangtoru",
    document: "SLHS",
    need: "agincourt-catering",
    assignee: OFFICER,
    status: "OPEN",
    dueInDays: 21,
    openedDaysAgo: 3,
    steps: [],
  },
  {
    key: "nauli-halal",
    umkm: "Katering Nauli Batangtoru",
    document: "HALAL",
    need: "agincourt-catering",
    assignee: DISKOP,
    status: "IN_PROGRESS",
    dueInDays: 30,
    openedDaysAgo: 12,
    steps: [
      "Mendaftarkan akun SIHALAL bersama pemilik; jalur self-declare dipilih.",
      "Pendamping PPH dijadwalkan berkunjung ke dapur.",
    ],
  },
  {
    key: "besi-tua-nib",
    umkm: "UD Besi Tua Kuala Tanjung",
    document: "NIB",
    need: "inalum-scrap",
    assignee: OFFICER,
    status: "IN_PROGRESS",
    dueInDays: -4,
    openedDaysAgo: 25,
    steps: ["Membantu membuat akun OSS; menunggu verifikasi email pemilik."],
  },
  {
    key: "martabe-angkutan",
    umkm: "Rental Martabe Trans",
    document: "IZIN_ANGKUTAN",
    need: "agincourt-rental",
    assignee: OFFICER,
    status: "RESOLVED",
    dueInDays: null,
    openedDaysAgo: 40,
    steps: ["Berkas pool dan kartu KIR diperiksa."],
    outcome: "Permohonan diajukan lewat OSS; pemeriksaan pool oleh Dishub dijadwalkan.",
  },
];

/** Inserts the demo cases and their steps that are missing (fixed ids: a second run inserts nothing). */
export async function seedDemoCases(
  tx: DbClient,
  refs: {
    now: Date;
    umkms: readonly DemoUmkm[];
    userIds: ReadonlyMap<string, string>;
    documentTypeIds: ReadonlyMap<string, string>;
  },
): Promise<number> {
  const rows = CASES.flatMap((plan) => {
    const umkm = refs.umkms.find((u) => u.businessName === plan.umkm);
    const documentTypeId = refs.documentTypeIds.get(plan.document);
    if (!umkm || !documentTypeId) return [];
    const createdAt = addDays(refs.now, -plan.openedDaysAgo);
    return [
      {
        id: seedUuid(`case:${plan.key}`),
        umkmId: umkm.id,
        documentTypeId,
        needId: plan.need ? seedUuid(`need:${plan.need}`) : null,
        openedById: refs.userIds.get(OFFICER) ?? null,
        assigneeId: refs.userIds.get(plan.assignee) ?? null,
        status: plan.status,
        dueDate: plan.dueInDays === null ? null : addDays(refs.now, plan.dueInDays),
        outcome: plan.outcome ?? null,
        createdAt,
        updatedAt: createdAt,
        closedAt: plan.status === "RESOLVED" ? addDays(refs.now, -2) : null,
      },
    ];
  });
  const { count } = await tx.assistanceCase.createMany({ data: rows, skipDuplicates: true });
  await tx.assistanceStep.createMany({
    data: CASES.filter((plan) => rows.some((row) => row.id === seedUuid(`case:${plan.key}`))).flatMap((plan) =>
      plan.steps.map((note, i) => ({
        id: seedUuid(`case-step:${plan.key}:${i}`),
        caseId: seedUuid(`case:${plan.key}`),
        authorId: refs.userIds.get(plan.assignee) ?? null,
        note,
        createdAt: addDays(refs.now, -plan.openedDaysAgo + 2 + i * 3),
      })),
    ),
    skipDuplicates: true,
  });
  return count;
}
