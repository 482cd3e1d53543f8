import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { activateWeightsVersion, createWeightsVersion, listWeightVersions } from "@/lib/dal/matching/matching-weights";
import type { SessionUser } from "@/lib/session-user";
import { weightsFormSchema } from "@/lib/validation/matching-weights";
import { INITIAL_MATCHING_WEIGHTS, seedMatchingWeights } from "@/prisma/seed/weights";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

const FORM = {
  kbli: "30",
  text: "20",
  location: "15",
  capacity: "10",
  readiness: "15",
  nomination: "5",
  fairness: "5",
  note: "",
};
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = weightsFormSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

let admin: SessionUser;
let activeBefore: string;

beforeAll(async () => {
  await ensureUmkmReference();
  await seedMatchingWeights(db);
  admin = await sessionUser("ADMIN");
  activeBefore = (await db.matchingWeights.findFirstOrThrow({ where: { isActive: true }, select: { id: true } })).id;
});

// Other test files score with the active version: leave the one that was active.
afterAll(async () => {
  await activateWeightsVersion(admin, activeBefore);
});

describe("weights form schema", () => {
  it("turns seven percentages summing to 100 into shares summing to 1", () => {
    expect(weightsFormSchema.parse({ ...FORM, kbli: "27,5", text: "22.5", note: "  Lebih berat ke teks  " })).toEqual({
      weights: { ...INITIAL_MATCHING_WEIGHTS, kbli: 0.275, text: 0.225 },
      note: "Lebih berat ke teks",
    });
    expect(weightsFormSchema.parse(FORM).note).toBeNull();
  });

  it("names the sum when the percentages do not add up to 100, and each bad field next to it", () => {
    expect(errorsOf({ ...FORM, kbli: "31" })).toEqual({ sum: "sum" });
    expect(errorsOf({ ...FORM, kbli: "29.99" })).toEqual({ sum: "sum" });
    expect(errorsOf({ ...FORM, kbli: "", fairness: "-5" })).toMatchObject({ kbli: "required", fairness: "percent" });
    expect(errorsOf({ ...FORM, text: "120" })).toMatchObject({ text: "percent" });
    expect(errorsOf({ ...FORM, text: "19.995", location: "15.005" })).toMatchObject({
      text: "decimals",
      location: "decimals",
    });
    expect(errorsOf({ ...FORM, location: "abc" })).toMatchObject({ location: "required" });
    expect(errorsOf({ ...FORM, note: "x".repeat(501) })).toMatchObject({ note: "tooLong" });
  });
});

describe("matching weights versions (ADMIN)", () => {
  it("saves a new version after the highest, inactive, audited; versions are never edited in place", async () => {
    const highest = (await db.matchingWeights.aggregate({ _max: { version: true } }))._max.version ?? 0;
    const { weights, note } = weightsFormSchema.parse({ ...FORM, kbli: "35", text: "15", note: "Uji versi baru" });
    const created = await createWeightsVersion(admin, { weights, note });
    expect(created.version).toBe(highest + 1);
    const listed = (await listWeightVersions(admin)).find((v) => v.id === created.id);
    expect(listed).toMatchObject({
      version: highest + 1,
      isActive: false,
      note: "Uji versi baru",
      weights: { kbli: 0.35, text: 0.15 },
    });
    expect(
      await db.auditEvent.count({
        where: { action: "matching_weights.create", entityId: created.id, actorId: admin.id },
      }),
    ).toBe(1);
    const again = await createWeightsVersion(admin, { weights, note: null });
    expect(again.version).toBe(highest + 2);
  });

  it("refuses weights that do not sum to 1, have a component missing, out of range or extra", async () => {
    const count = await db.matchingWeights.count();
    const bad = [
      { ...INITIAL_MATCHING_WEIGHTS, kbli: 0.2 },
      { ...INITIAL_MATCHING_WEIGHTS, kbli: 1.1, text: -0.9 },
      Object.fromEntries(Object.entries(INITIAL_MATCHING_WEIGHTS).filter(([name]) => name !== "fairness")),
      { ...INITIAL_MATCHING_WEIGHTS, kbli: 0.25, popularity: 0.05 },
    ];
    for (const weights of bad) {
      await expect(
        createWeightsVersion(admin, { weights: weights as typeof INITIAL_MATCHING_WEIGHTS, note: null }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await db.matchingWeights.count()).toBe(count);
  });

  it("activating a version leaves exactly one active, in one audited change", async () => {
    const { id, version } = await createWeightsVersion(admin, {
      weights: { ...INITIAL_MATCHING_WEIGHTS },
      note: "Sama dengan v1",
    });
    await expect(activateWeightsVersion(admin, id)).resolves.toEqual({ version });
    const active = await db.matchingWeights.findMany({ where: { isActive: true }, select: { id: true } });
    expect(active).toEqual([{ id }]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "matching_weights.activate", entityId: id },
    });
    expect(audit.data).toMatchObject({ version });
    expect((await listWeightVersions(admin)).filter((v) => v.isActive).map((v) => v.id)).toEqual([id]);
    // Activating it again changes nothing (no second event).
    await activateWeightsVersion(admin, id);
    expect(await db.auditEvent.count({ where: { action: "matching_weights.activate", entityId: id } })).toBe(1);
    await expect(activateWeightsVersion(admin, "00000000-0000-4000-8000-00000000beef")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(activateWeightsVersion(admin, "v1")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("two admins activating different versions at once: exactly one version is active afterwards", async () => {
    const [x, y] = [
      await createWeightsVersion(admin, { weights: { ...INITIAL_MATCHING_WEIGHTS }, note: "x" }),
      await createWeightsVersion(admin, { weights: { ...INITIAL_MATCHING_WEIGHTS }, note: "y" }),
    ];
    await Promise.all([activateWeightsVersion(admin, x.id), activateWeightsVersion(await sessionUser("ADMIN"), y.id)]);
    const active = await db.matchingWeights.findMany({ where: { isActive: true }, select: { id: true } });
    expect(active).toHaveLength(1);
    expect([x.id, y.id]).toContain(active[0]!.id);
  });

  it("every other role can neither list, create nor activate versions", async () => {
    const count = await db.matchingWeights.count();
    const active = await db.matchingWeights.findFirstOrThrow({ where: { isActive: true }, select: { id: true } });
    const inactive = await db.matchingWeights.findFirstOrThrow({ where: { isActive: false }, select: { id: true } });
    for (const role of ["PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"] as const) {
      const user = await sessionUser(role);
      await expect(listWeightVersions(user), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        createWeightsVersion(user, { weights: { ...INITIAL_MATCHING_WEIGHTS }, note: null }),
        role,
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(activateWeightsVersion(user, inactive.id), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.matchingWeights.count()).toBe(count);
    expect(await db.matchingWeights.findFirstOrThrow({ where: { isActive: true }, select: { id: true } })).toEqual(
      active,
    );
  });
});

describe("the database itself", () => {
  it("refuses a second active weights version whatever the path (partial unique index)", async () => {
    await seedMatchingWeights(db);
    expect(await db.matchingWeights.count({ where: { isActive: true } })).toBe(1);
    await expect(
      db.matchingWeights.create({
        data: { version: 9000 + Math.floor(Math.random() * 900), weights: {}, isActive: true },
      }),
    ).rejects.toThrow();
  });
});
