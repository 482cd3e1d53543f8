import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUmkm, getUmkmProfile, updateUmkm } from "@/lib/dal/umkm/umkm-profile";
import type { SessionUser } from "@/lib/session-user";
import { umkmInputSchema, type UmkmInput } from "@/lib/validation/umkm";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { ensureUmkmReference, sessionUser, uniqueNib } from "../setup/umkm";
import enUmkmForm from "@/lib/i18n/messages/en/umkmForm.json";

let diskop: SessionUser;
let officer: SessionUser;
let input: (patch?: Record<string, unknown>) => Promise<UmkmInput>;

beforeAll(async () => {
  await ensureUmkmReference();
  [diskop, officer] = [await sessionUser("DISKOP_STAFF"), await sessionUser("PMPTSP_OFFICER")];
  const schema = umkmInputSchema(await getRegionReference());
  input = async (patch = {}) =>
    schema.parse({
      businessName: `Bengkel Las ${Math.random().toString(36).slice(2, 8)}`,
      ownerName: "Rudi Hartono",
      phone: "081298765432",
      kbliCodes: "25920",
      productsText: "Las pagar, kanopi",
      regencyCode: "12.19",
      districtCode: "12.19.01",
      capitalRp: "Rp 900.000.000",
      annualSalesRp: "1.900.000.000",
      ...patch,
    });
});

describe("createUmkm", () => {
  it("computes the scale, stores KBLI 2020 codes and prefixes, and audits in the same transaction", async () => {
    const { id } = await createUmkm(diskop, await input({ kbliCodes: "25920 33110" }));
    const row = await db.umkm.findUniqueOrThrow({ where: { id }, include: { kbli: true } });
    expect(row).toMatchObject({
      scale: "MIKRO",
      createdById: diskop.id,
      version: 1,
      regencyCode: "12.19",
      phone: "+6281298765432",
    });
    expect(row.kbli.map((k) => k.kbliVersion)).toEqual(["KBLI_2020", "KBLI_2020"]);
    expect(row.kbliPrefixes).toEqual(expect.arrayContaining(["25", "2592", "33", "3311"]));
    expect(await db.auditEvent.count({ where: { action: "umkm.create", entityId: id, actorId: diskop.id } })).toBe(1);
  });

  it("refuses a NIB already registered with a field error, and saves nothing", async () => {
    const nib = uniqueNib();
    await createUmkm(officer, await input({ nib }));
    const before = await db.umkm.count();
    await expect(createUmkm(diskop, await input({ nib }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "nibTaken",
      details: { fieldErrors: { nib: ["nibTaken"] } },
    });
    expect(await db.umkm.count()).toBe(before);
  });

  it("is refused to COMPANY_STAFF and UMKM_OWNER", async () => {
    for (const role of ["COMPANY_STAFF", "UMKM_OWNER"] as const) {
      await expect(createUmkm(await sessionUser(role), await input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("getUmkmProfile and updateUmkm by role", () => {
  it("gives offices the profile with personal data and recomputes the scale on edit", async () => {
    const { id } = await createUmkm(diskop, await input());
    const profile = await getUmkmProfile(officer, id);
    expect(profile).toMatchObject({ ownerName: "Rudi Hartono", phone: "+6281298765432", scale: "MIKRO", version: 1 });
    const edit = await input({ businessName: profile.businessName, capitalRp: "6.000.000.000", kbliCodes: "33110" });
    expect(await updateUmkm(officer, id, edit, 1)).toEqual({ version: 2 });
    const after = await getUmkmProfile(diskop, id);
    expect(after).toMatchObject({ scale: "MENENGAH", capitalRp: 6_000_000_000n, kbliCodes: ["33110"], version: 2 });
    expect(await db.auditEvent.count({ where: { action: "umkm.update", entityId: id } })).toBe(1);
  });

  it("refuses a stale version with a plain message and changes nothing", async () => {
    const { id } = await createUmkm(diskop, await input());
    await updateUmkm(diskop, id, await input({ productsText: "Versi dua" }), 1);
    await expect(updateUmkm(officer, id, await input({ productsText: "Versi lama" }), 1)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "conflict",
    });
    expect(enUmkmForm.conflict).toMatch(/changed this profile/);
    expect((await getUmkmProfile(diskop, id)).productsText).toBe("Versi dua");
  });

  it("lets COMPANY_STAFF neither read nor edit a profile", async () => {
    const { id } = await createUmkm(diskop, await input());
    const company = await sessionUser("COMPANY_STAFF");
    await expect(getUmkmProfile(company, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateUmkm(company, id, { productsText: "x" }, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets an UMKM_OWNER see and edit only its own contact and product fields", async () => {
    const own = await createUmkm(diskop, await input({ nib: uniqueNib() }));
    const other = await createUmkm(diskop, await input());
    const owner = await sessionUser("UMKM_OWNER", { umkmId: own.id });
    expect((await getUmkmProfile(owner, own.id)).ownerName).toBe("Rudi Hartono");
    await expect(getUmkmProfile(owner, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateUmkm(owner, other.id, { productsText: "Bukan milik saya" }, 1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const before = await db.umkm.findUniqueOrThrow({ where: { id: own.id } });
    const critical = { productsText: "Las", nib: "1111111111111", capitalRp: 20_000_000_000n } as unknown as UmkmInput;
    await expect(updateUmkm(owner, own.id, critical, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.umkm.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      nib: before.nib,
      capitalRp: before.capitalRp,
      version: 1,
    });
    await updateUmkm(
      owner,
      own.id,
      { phone: "+6281311112222", productsText: "Pagar besi, teralis", email: "bengkel@contoh.id" },
      1,
    );
    expect(await getUmkmProfile(owner, own.id)).toMatchObject({
      phone: "+6281311112222",
      productsText: "Pagar besi, teralis",
      scale: before.scale,
      nib: before.nib,
      version: 2,
    });
  });
});
