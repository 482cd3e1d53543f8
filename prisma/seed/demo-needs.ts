import type { DbClient } from "@/lib/db";
import type { NominationStatus } from "@/lib/generated/prisma/enums";
import { DEMO_NEEDS } from "@/prisma/seed/demo-firms";
import type { DemoUmkm } from "@/prisma/seed/demo-umkm";
import { DEMO_USERS } from "@/prisma/seed/demo-accounts";
import { addDays, addMonths, seedUuid } from "@/prisma/seed/random";

const OFFICER = "petugas@demo.kemitraan.id";
const DISKOP = "diskop@demo.kemitraan.id";

/**
 * Inserts the demo supply needs (with their KBLI codes and required documents) that are
 * missing. Dates are computed from `now`, so OPEN needs have a response deadline in the
 * future on a freshly seeded database. Needs of firms with a demo account are created by that
 * account; the others are recorded by the PMPTSP officer on the firm's behalf, as the
 * article describes. Returns how many needs were inserted.
 */
export async function seedDemoNeeds(
  tx: DbClient,
  refs: {
    now: Date;
    companyIds: ReadonlyMap<string, string>;
    userIds: ReadonlyMap<string, string>;
    documentTypeIds: ReadonlyMap<string, string>;
  },
): Promise<number> {
  const staffByCompany = new Map(
    DEMO_USERS.filter((u) => u.companyKey).map((u) => [u.companyKey, refs.userIds.get(u.email)]),
  );
  const rows = DEMO_NEEDS.map((need) => {
    const companyId = refs.companyIds.get(need.companyKey);
    if (!companyId) throw new Error(`demo firm ${need.companyKey} is missing`);
    const staffId = staffByCompany.get(need.companyKey);
    const periodStart = addDays(refs.now, need.startInDays);
    const isPublished = need.status !== "DRAFT";
    return {
      id: seedUuid(`need:${need.key}`),
      companyId,
      title: need.title,
      description: need.description,
      status: need.status,
      deliveryRegencyCode: need.deliveryRegencyCode,
      quantity: need.quantity,
      unit: need.unit,
      frequency: need.frequency,
      estimatedValueRp: need.estimatedValueRp,
      periodStart,
      periodEnd: addDays(addMonths(periodStart, need.months), -1),
      responseDeadline: addDays(refs.now, need.deadlineInDays),
      slots: need.slots,
      minScale: need.minScale,
      maxScale: need.maxScale,
      createdById: staffId ?? refs.userIds.get(OFFICER) ?? null,
      recordedOnBehalf: !staffId,
      publishedAt: isPublished ? addDays(refs.now, Math.min(-3, need.deadlineInDays - 30)) : null,
      closedAt: need.status === "CLOSED" ? addDays(refs.now, need.deadlineInDays + 14) : null,
    };
  });
  const { count } = await tx.supplyNeed.createMany({ data: rows, skipDuplicates: true });
  await tx.supplyNeedKbli.createMany({
    data: DEMO_NEEDS.flatMap((need) =>
      need.kbli.map((code) => ({ needId: seedUuid(`need:${need.key}`), kbliVersion: "KBLI_2020" as const, code })),
    ),
    skipDuplicates: true,
  });
  await tx.supplyNeedDocument.createMany({
    data: DEMO_NEEDS.flatMap((need) =>
      need.documents.map((code) => {
        const documentTypeId = refs.documentTypeIds.get(code);
        if (!documentTypeId) throw new Error(`document type ${code} is not seeded`);
        return { needId: seedUuid(`need:${need.key}`), documentTypeId };
      }),
    ),
    skipDuplicates: true,
  });
  return count;
}

/** Which UMKM Diskop nominated, in order: the flagships first, then the first of some profiles. */
const NOMINATION_PLAN: readonly { pick: string; status: NominationStatus }[] = [
  { pick: "Katering Nauli Batangtoru", status: "VERIFIED" },
  { pick: "Rental Martabe Trans", status: "VERIFIED" },
  { pick: "UD Besi Tua Kuala Tanjung", status: "PROPOSED" },
  { pick: "profile:catering", status: "VERIFIED" },
  { pick: "profile:catering-contract", status: "PROPOSED" },
  { pick: "profile:scrap", status: "VERIFIED" },
  { pick: "profile:machine-repair", status: "PROPOSED" },
  { pick: "profile:trucking", status: "VERIFIED" },
  { pick: "profile:snack", status: "REJECTED" },
  { pick: "profile:rental-driver", status: "PROPOSED" },
  { pick: "profile:tailoring", status: "WITHDRAWN" },
  { pick: "profile:metal-fab", status: "VERIFIED" },
];

const DECISION: Record<NominationStatus, string | null> = {
  PROPOSED: null,
  VERIFIED: "Data usaha, lokasi dan kapasitas sudah diverifikasi petugas DPMPTSP.",
  REJECTED: "Kapasitas produksi belum memadai untuk kebutuhan industri; diusulkan ulang setelah pendampingan.",
  WITHDRAWN: "Ditarik oleh Diskop UKM: pemilik usaha sedang tidak beroperasi.",
};

/** Inserts a dozen Diskop nominations (verified, proposed, one rejected, one withdrawn). */
export async function seedDemoNominations(
  tx: DbClient,
  refs: { now: Date; umkms: readonly DemoUmkm[]; userIds: ReadonlyMap<string, string> },
): Promise<number> {
  const taken = new Set<string>();
  const rows = NOMINATION_PLAN.flatMap(({ pick, status }, i) => {
    const umkm = refs.umkms.find(
      (u) => !taken.has(u.id) && (pick.startsWith("profile:") ? u.profile === pick.slice(8) : u.businessName === pick),
    );
    if (!umkm) return [];
    taken.add(umkm.id);
    const isDecided = status !== "PROPOSED";
    return [
      {
        id: seedUuid(`nomination:${umkm.key}`),
        umkmId: umkm.id,
        status,
        reason: `Diunggulkan Diskop UKM untuk naik kelas: ${umkm.productsText.replace(/\.$/, "").toLowerCase()}.`,
        readinessNotes: umkm.nib
          ? "NIB sudah terbit; dokumen sektor sedang dilengkapi."
          : "Belum memiliki NIB; perlu pendampingan pendaftaran OSS.",
        targetKbli: [...new Set(umkm.kbliCodes.map((code) => code.slice(0, 4)))],
        nominatedById: refs.userIds.get(DISKOP) ?? null,
        decidedById: status === "VERIFIED" || status === "REJECTED" ? (refs.userIds.get(OFFICER) ?? null) : null,
        decidedAt: isDecided ? addDays(refs.now, -(i + 2)) : null,
        decisionReason: DECISION[status],
      },
    ];
  });
  return (await tx.nomination.createMany({ data: rows, skipDuplicates: true })).count;
}
