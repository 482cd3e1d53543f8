import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { waitForAllocationRuns } from "@/lib/dal/allocation/allocation";
import { addNeedAttachment } from "@/lib/dal/needs/need-attachments";
import { issueApiToken } from "@/lib/dal/api/api-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_SIGN_IN_LIMITS, signInLimiter } from "@/lib/dal/users/sign-in-limiter";
import type { SessionUser } from "@/lib/session-user";
import {
  createTestCompany,
  createTestNeed,
  createTestUmkm,
  createTestUser,
  TEST_PASSWORD,
} from "@/prisma/seed/factories";
import { seedMatchingWeights } from "@/prisma/seed/weights";
import { MATCH_ACTION_SAMPLES, prepareMatchFixtures } from "./match-action-samples";

// Valid input for every protected server action, used by tests/unit/forbidden-actions.test.ts.
// Each sample targets resources of firm A / UMKM A; `scope` says which other-tenant user must
// be refused too (staff of firm B, the owner of UMKM B) although their role is allowed.

export type ActionFixtures = {
  users: Record<Role | "OTHER_COMPANY_STAFF" | "OTHER_UMKM_OWNER", SessionUser>;
  companyId: string;
  umkmId: string;
  needId: string;
  targetUserId: string;
};

export type ActionSample = {
  args: (fx: ActionFixtures) => Promise<unknown[]>;
  scope?: "company" | "umkm";
  /** Awaited after the allowed call: work the action left running in the background (an allocation run). */
  settle?: () => Promise<void>;
};

const IDLE = { status: "idle", fieldErrors: {}, formError: null };
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

async function sessionUser(role: Role, scope: { companyId?: string; umkmId?: string } = {}): Promise<SessionUser> {
  const user = await createTestUser(db, role, scope);
  return {
    id: user.id,
    email: user.email,
    name: `Uji ${role}`,
    role,
    companyId: user.companyId,
    umkmId: user.umkmId,
    mustChangePassword: false,
  };
}

/** Two firms, two UMKM, a user of every role (plus the other tenants), a DRAFT need of firm A. */
export async function buildActionFixtures(): Promise<ActionFixtures> {
  const [companyA, companyB] = [await createTestCompany(db), await createTestCompany(db)];
  const [umkmA, umkmB] = [await createTestUmkm(db), await createTestUmkm(db)];
  const users = {
    ADMIN: await sessionUser("ADMIN"),
    PMPTSP_OFFICER: await sessionUser("PMPTSP_OFFICER"),
    DISKOP_STAFF: await sessionUser("DISKOP_STAFF"),
    COMPANY_STAFF: await sessionUser("COMPANY_STAFF", { companyId: companyA.id }),
    UMKM_OWNER: await sessionUser("UMKM_OWNER", { umkmId: umkmA.id }),
    OTHER_COMPANY_STAFF: await sessionUser("COMPANY_STAFF", { companyId: companyB.id }),
    OTHER_UMKM_OWNER: await sessionUser("UMKM_OWNER", { umkmId: umkmB.id }),
  };
  const need = await createTestNeed(db, companyA.id, { status: "DRAFT" });
  const target = await createTestUser(db, "DISKOP_STAFF");
  // Allocation and weights actions: an active weights version, and a finished run proposing UMKM A for the need.
  await seedMatchingWeights(db);
  await db.allocationRun.create({
    data: {
      status: "DONE",
      createdById: users.PMPTSP_OFFICER.id,
      finishedAt: new Date(),
      proposals: { create: [{ needId: need.id, umkmId: umkmA.id, score: 50, scoreBreakdown: {} }] },
    },
  });
  await prepareMatchFixtures({ users, companyId: companyA.id, umkmId: umkmA.id });
  return { users, companyId: companyA.id, umkmId: umkmA.id, needId: need.id, targetUserId: target.id };
}

const umkmVersion = async (id: string) =>
  (await db.umkm.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const activeCase = (umkmId: string) =>
  db.assistanceCase.findFirst({
    where: { umkmId, status: { in: ["OPEN", "IN_PROGRESS"] } },
    select: { id: true, version: true },
  });
const needVersion = async (id: string) =>
  (await db.supplyNeed.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

function needForm(fx: ActionFixtures, extra: Record<string, string>): FormData {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return form({
    companyId: fx.companyId,
    title: `Katering karyawan ${randomUUID().slice(0, 6)}`,
    description: "Makan siang 100 porsi per hari, menu halal, dapur higienis.",
    kbliCodes: "56210",
    deliveryRegencyCode: "12.71",
    quantity: "100",
    unit: "porsi",
    frequency: "DAILY",
    estimatedValueRp: "450000000",
    periodStart: inDays(60),
    periodEnd: inDays(240),
    responseDeadline: inDays(30),
    slots: "1",
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    documentCodes: ["NIB"],
    ...extra,
  });
}

/** Keyed by "file#name" as in tests/setup/access-manifest.ts. */
export const ACTION_SAMPLES: Record<string, ActionSample> = {
  ...MATCH_ACTION_SAMPLES,
  "app/(portal)/needs/actions.ts#saveNeedAction": {
    scope: "company",
    args: async (fx) => [IDLE, needForm(fx, { needId: fx.needId, version: String(await needVersion(fx.needId)) })],
  },
  "app/(portal)/needs/actions.ts#transitionNeedAction": {
    scope: "company",
    args: async (fx) => [
      IDLE,
      form({
        needId: fx.needId,
        to: "OPEN",
        reason: "Siap dipublikasikan",
        version: String(await needVersion(fx.needId)),
      }),
    ],
  },
  "app/(portal)/needs/actions.ts#uploadAttachmentAction": {
    scope: "company",
    args: async (fx) => [
      IDLE,
      form({ needId: fx.needId, file: new File([PDF], "spesifikasi.pdf", { type: "application/pdf" }) }),
    ],
  },
  "app/(portal)/needs/actions.ts#deleteAttachmentAction": {
    scope: "company",
    args: async (fx) => {
      const existing = await db.needAttachment.findFirst({ where: { needId: fx.needId }, select: { id: true } });
      const attachmentId =
        existing?.id ?? (await addNeedAttachment(fx.users.ADMIN, fx.needId, { name: "lampiran.pdf", bytes: PDF })).id;
      return [form({ needId: fx.needId, attachmentId })];
    },
  },
  "app/(portal)/firms/actions.ts#saveFirmAction": {
    args: async () => [
      IDLE,
      form({
        name: `PT Uji ${randomUUID().slice(0, 6)}`,
        legalName: `PT Uji Sejahtera ${randomUUID().slice(0, 6)}`,
        sector: "Perkebunan",
        investmentType: "PMDN",
        regencyCode: "12.71",
        address: "Jl. Uji No. 1, Medan",
        contactName: "",
        contactEmail: "",
        contactPhone: "",
        website: "",
      }),
    ],
  },
  "app/(portal)/api-tokens/actions.ts#issueApiTokenAction": {
    scope: "company",
    args: async (fx) => [IDLE, form({ companyId: fx.companyId, name: "Sistem pengadaan" })],
  },
  "app/(portal)/api-tokens/actions.ts#revokeApiTokenAction": {
    scope: "company",
    args: async (fx) => {
      const token = await db.apiToken.findFirst({
        where: { companyId: fx.companyId, revokedAt: null },
        select: { id: true },
      });
      const tokenId = token?.id ?? (await issueApiToken(fx.users.ADMIN, fx.companyId, "Sistem uji")).id;
      return [form({ companyId: fx.companyId, tokenId })];
    },
  },
  "app/(portal)/users/actions.ts#searchUmkmAction": { args: async () => ["Usaha"] },
  "app/(portal)/users/new/actions.ts#createUserAction": {
    args: async () => [
      IDLE,
      form({
        email: `baru.${randomUUID().slice(0, 8)}@test.kemitraan.id`,
        name: "Pengguna Baru",
        role: "DISKOP_STAFF",
        companyId: "",
        umkmId: "",
        password: "Kemitraan#Sumut2026",
      }),
    ],
  },
  "app/(portal)/users/[id]/actions.ts#updateUserAction": {
    args: async (fx) => {
      const { version } = await db.user.findUniqueOrThrow({
        where: { id: fx.targetUserId },
        select: { version: true },
      });
      return [
        IDLE,
        form({
          id: fx.targetUserId,
          name: "Nama Diperbarui",
          role: "DISKOP_STAFF",
          companyId: "",
          umkmId: "",
          version: String(version),
        }),
      ];
    },
  },
  "app/(portal)/users/[id]/actions.ts#setUserActiveAction": {
    args: async (fx) => [IDLE, form({ id: fx.targetUserId, active: "false" })],
  },
  "app/(portal)/users/[id]/actions.ts#resetPasswordAction": {
    args: async (fx) => [IDLE, form({ id: fx.targetUserId, password: "" })],
  },
  // The target's account is locked (5 failed sign-ins) before each call, so the allowed call has a lock to lift.
  "app/(portal)/users/[id]/actions.ts#unlockAccountAction": {
    args: async (fx) => {
      const { email } = await db.user.findUniqueOrThrow({ where: { id: fx.targetUserId }, select: { email: true } });
      const limiter = signInLimiter();
      for (let i = 0; i < DEFAULT_SIGN_IN_LIMITS.accountMaxFailures && !(await limiter.accountLockedUntil(email)); i++)
        await limiter.recordFailure(email, null);
      return [IDLE, form({ id: fx.targetUserId })];
    },
  },
  "app/(portal)/umkm/[id]/actions.ts#saveUmkmAction": {
    args: async (fx) => [
      IDLE,
      form({
        umkmId: fx.umkmId,
        version: String(await umkmVersion(fx.umkmId)),
        businessName: `Katering Uji ${randomUUID().slice(0, 6)}`,
        ownerName: "Siti Aminah",
        phone: "081200000000",
        kbliCodes: "56210",
        productsText: "Nasi kotak",
        regencyCode: "12.71",
        districtCode: "12.71.01",
        capitalRp: "50.000.000",
        annualSalesRp: "300.000.000",
        capacity: "1",
        isActive: "true",
      }),
    ],
  },
  "app/(portal)/my-business/actions.ts#saveOwnUmkmAction": {
    scope: "umkm",
    args: async (fx) => [
      IDLE,
      form({
        umkmId: fx.umkmId,
        version: String(await umkmVersion(fx.umkmId)),
        phone: "081211112222",
        productsText: "Nasi kotak dan snack box",
      }),
    ],
  },
  // Runs before decideNominationAction (manifest order): its allowed call leaves the PROPOSED nomination that one decides.
  "app/(portal)/umkm/[id]/actions.ts#nominateUmkmAction": {
    args: async (fx) => [
      IDLE,
      form({ umkmId: fx.umkmId, reason: "Siap naik kelas: omzet tumbuh", targetKbli: "56210" }),
    ],
  },
  "app/(portal)/nominations/[id]/actions.ts#decideNominationAction": {
    args: async (fx) => {
      const open = await db.nomination.findFirst({
        where: { umkmId: fx.umkmId, status: "PROPOSED" },
        select: { id: true, version: true },
      });
      return [
        IDLE,
        form({ nominationId: open?.id ?? randomUUID(), to: "VERIFIED", expectedVersion: String(open?.version ?? 1) }),
      ];
    },
  },
  // An existing notification of the allowed user when there is one; creating it here would change the snapshot the refusals are compared with.
  "app/(portal)/notifications/actions.ts#markNotificationReadAction": {
    args: async (fx) => {
      const own = await db.notification.findFirst({ where: { userId: fx.users.ADMIN.id }, select: { id: true } });
      return [form({ notificationId: own?.id ?? randomUUID() })];
    },
  },
  "app/(portal)/notifications/actions.ts#markAllNotificationsReadAction": { args: async () => [] },
  // Paperwork and assistance cases (issue 6): the NIB type exists (createTestNeed ensured it).
  "app/(portal)/umkm/[id]/paperwork-actions.ts#savePaperworkAction": {
    args: async (fx) => {
      const type = await db.documentType.findUniqueOrThrow({ where: { code: "NIB" }, select: { id: true } });
      const item = await db.paperworkItem.findUnique({
        where: { umkmId_documentTypeId: { umkmId: fx.umkmId, documentTypeId: type.id } },
        select: { status: true, version: true },
      });
      return [
        IDLE,
        form({
          umkmId: fx.umkmId,
          documentTypeId: type.id,
          expectedVersion: String(item?.version ?? 0),
          status: item?.status ?? "IN_PROGRESS",
          number: "",
          issuer: "",
          issuedOn: "",
          expiresOn: "",
          assistingOfficerId: "",
          notes: `Didampingi membuat akun OSS ${randomUUID().slice(0, 6)}`,
          changeNote: "",
        }),
      ];
    },
  },
  // Runs before the case actions (manifest order): its allowed call opens the case they act on.
  "app/(portal)/umkm/[id]/paperwork-actions.ts#openCaseAction": {
    args: async (fx) => {
      const type = await db.documentType.findUniqueOrThrow({ where: { code: "NIB" }, select: { id: true } });
      return [
        IDLE,
        form({
          umkmId: fx.umkmId,
          documentTypeId: type.id,
          needId: "",
          assigneeId: "",
          dueDate: "",
          note: "Mendampingi pendaftaran NIB di OSS",
        }),
      ];
    },
  },
  "app/(portal)/cases/[id]/actions.ts#addCaseStepAction": {
    args: async (fx) => {
      const open = await activeCase(fx.umkmId);
      return [
        IDLE,
        form({
          caseId: open?.id ?? randomUUID(),
          expectedVersion: String(open?.version ?? 1),
          note: "Akun OSS dibuat bersama pemilik",
        }),
      ];
    },
  },
  "app/(portal)/cases/[id]/actions.ts#reassignCaseAction": {
    args: async (fx) => {
      const open = await activeCase(fx.umkmId);
      return [
        IDLE,
        form({
          caseId: open?.id ?? randomUUID(),
          expectedVersion: String(open?.version ?? 1),
          assigneeId: "",
          dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        }),
      ];
    },
  },
  "app/(portal)/cases/[id]/actions.ts#closeCaseAction": {
    args: async (fx) => {
      const open = await activeCase(fx.umkmId);
      return [
        IDLE,
        form({
          caseId: open?.id ?? randomUUID(),
          expectedVersion: String(open?.version ?? 1),
          to: "RESOLVED",
          outcome: "NIB terbit lewat OSS",
        }),
      ];
    },
  },
  "app/(portal)/settings/document-types/actions.ts#saveDocumentTypeAction": {
    args: async () => [
      IDLE,
      form({
        code: `UJI_${randomUUID().slice(0, 8).toUpperCase().replace(/-/g, "")}`,
        nameId: "Izin Uji",
        nameEn: "Test Permit",
        issuer: "Dinas Uji",
        expires: "on",
        validityMonths: "12",
        numberPattern: "^[0-9]{5}$",
        kbliPrefixes: "5621, 5629",
        stepsId: "1. Ajukan.",
        stepsEn: "1. Apply.",
        isActive: "on",
        sortOrder: "500",
      }),
    ],
  },
  "app/(portal)/account/password/actions.ts#changePasswordAction": {
    args: async () => [
      IDLE,
      form({
        currentPassword: TEST_PASSWORD,
        newPassword: "Kemitraan#Baru2026",
        confirmPassword: "Kemitraan#Baru2026",
      }),
    ],
  },
  // The allowed call really runs an allocation over the test database's open needs; settle waits for it.
  "app/(portal)/allocation/actions.ts#startAllocationRunAction": {
    args: async () => [IDLE, form({})],
    settle: waitForAllocationRuns,
  },
  "app/(portal)/allocation/[id]/actions.ts#decideProposalsAction": {
    args: async (fx) => {
      const proposal = await db.allocationProposal.findFirst({
        where: { needId: fx.needId, umkmId: fx.umkmId },
        select: { runId: true },
      });
      return [
        IDLE,
        form({ runId: proposal?.runId ?? randomUUID(), decision: "DISMISS", proposal: `${fx.needId}/${fx.umkmId}` }),
      ];
    },
  },
  "app/(portal)/settings/matching-weights/actions.ts#createWeightsVersionAction": {
    args: async () => [
      IDLE,
      form({
        kbli: "30",
        text: "20",
        location: "15",
        capacity: "10",
        readiness: "15",
        nomination: "5",
        fairness: "5",
        note: "Uji versi",
      }),
    ],
  },
  // Activates the version that is already active: allowed and harmless for the tests that score afterwards.
  "app/(portal)/settings/matching-weights/actions.ts#activateWeightsVersionAction": {
    args: async () => [
      IDLE,
      form({
        id:
          (await db.matchingWeights.findFirst({ where: { isActive: true }, select: { id: true } }))?.id ?? randomUUID(),
      }),
    ],
  },
};
