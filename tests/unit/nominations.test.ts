import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  decideNomination,
  getNomination,
  getNominationHistory,
  listNominations,
  nominateUmkm,
} from "@/lib/dal/umkm/nominations";
import type { SessionUser } from "@/lib/session-user";
import { nominationDecisionSchema, nominationInputSchema } from "@/lib/validation/nomination";
import { createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

let diskop: SessionUser;
let officer: SessionUser;

const nominate = async (user: SessionUser, umkmId?: string) =>
  nominateUmkm(
    user,
    nominationInputSchema.parse({
      umkmId: umkmId ?? (await createTestUmkm(db)).id,
      reason: "Omzet naik dan siap memasok katering",
      readinessNotes: "Dapur sudah SLHS",
      targetKbli: "56210, 562",
    }),
  );
const decide = (to: string, expectedVersion: number, reason?: string) =>
  nominationDecisionSchema.parse({ to, expectedVersion, reason });

beforeAll(async () => {
  await ensureUmkmReference();
  [diskop, officer] = [await sessionUser("DISKOP_STAFF"), await sessionUser("PMPTSP_OFFICER")];
});

describe("nominations", () => {
  it("Diskop proposes, an officer verifies; every transition is audited in order", async () => {
    const { id } = await nominate(diskop);
    expect(await getNomination(officer, id)).toMatchObject({
      status: "PROPOSED",
      version: 1,
      targetKbli: ["56210", "562"],
      nominatedById: diskop.id,
    });
    await decideNomination(officer, id, decide("VERIFIED", 1));
    expect(await getNomination(diskop, id)).toMatchObject({
      status: "VERIFIED",
      version: 2,
      decidedBy: "Pengguna Uji PMPTSP_OFFICER",
    });
    const history = await getNominationHistory(officer, id);
    expect(history.map((h) => `${h.fromStatus ?? "-"}→${h.toStatus}`)).toEqual(["-→PROPOSED", "PROPOSED→VERIFIED"]);
  });

  it("only PMPTSP_OFFICER/ADMIN verify or reject (with a reason); only the nominating Diskop staff withdraws", async () => {
    const { id } = await nominate(diskop);
    await expect(decideNomination(diskop, id, decide("VERIFIED", 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideNomination(officer, id, decide("WITHDRAWN", 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideNomination(await sessionUser("DISKOP_STAFF"), id, decide("WITHDRAWN", 1))).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    expect(nominationDecisionSchema.safeParse({ to: "REJECTED", expectedVersion: 1 }).success).toBe(false);
    await decideNomination(diskop, id, decide("WITHDRAWN", 1, "Pemilik belum siap"));
    expect((await getNomination(officer, id)).status).toBe("WITHDRAWN");
    await expect(decideNomination(officer, id, decide("VERIFIED", 2))).rejects.toMatchObject({ code: "CONFLICT" });
    const admin = await sessionUser("ADMIN");
    const second = await nominate(diskop);
    await decideNomination(admin, second.id, decide("REJECTED", 1, "Belum memiliki NIB"));
    expect(await getNomination(admin, second.id)).toMatchObject({
      status: "REJECTED",
      decisionReason: "Belum memiliki NIB",
    });
  });

  it("a stale version loses: exactly one of two officers wins, the other gets CONFLICT", async () => {
    const { id } = await nominate(diskop);
    const results = await Promise.allSettled([
      decideNomination(officer, id, decide("VERIFIED", 1)),
      decideNomination(await sessionUser("PMPTSP_OFFICER"), id, decide("REJECTED", 1, "Dokumen kurang")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(
      await db.auditEvent.count({ where: { entityType: "nomination", entityId: id, fromStatus: "PROPOSED" } }),
    ).toBe(1);
  });

  it("refuses a second open nomination of the same UMKM, and nominations by other roles", async () => {
    const umkm = await createTestUmkm(db);
    await nominate(diskop, umkm.id);
    await expect(nominate(diskop, umkm.id)).rejects.toMatchObject({ code: "CONFLICT" });
    for (const role of ["PMPTSP_OFFICER", "ADMIN", "COMPANY_STAFF", "UMKM_OWNER"] as const) {
      await expect(nominate(await sessionUser(role), umkm.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("lists by status for offices; an owner sees only its own UMKM's, read-only; COMPANY_STAFF none", async () => {
    const own = await createTestUmkm(db);
    const mine = await nominate(diskop, own.id);
    const others = await nominate(diskop);
    const owner = await sessionUser("UMKM_OWNER", { umkmId: own.id });
    expect((await listNominations(owner)).map((n) => n.id)).toEqual([mine.id]);
    await expect(getNomination(owner, others.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideNomination(owner, mine.id, decide("WITHDRAWN", 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const proposed = await listNominations(officer, { status: "PROPOSED" });
    expect(proposed.every((n) => n.status === "PROPOSED")).toBe(true);
    expect(proposed.map((n) => n.id)).toEqual(expect.arrayContaining([mine.id, others.id]));
    await expect(listNominations(await sessionUser("COMPANY_STAFF"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
