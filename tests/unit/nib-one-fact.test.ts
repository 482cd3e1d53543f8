import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openCase } from "@/lib/dal/paperwork/assistance-cases";
import { savePaperworkItem } from "@/lib/dal/paperwork/paperwork";
import { readinessOf } from "@/lib/dal/paperwork/paperwork-readiness";
import { commitUmkmImport, startUmkmImport, validateUmkmImport } from "@/lib/dal/umkm/umkm-import";
import { createUmkm, updateUmkm } from "@/lib/dal/umkm/umkm-profile";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { loadCandidateFeatures, loadNeedProfile } from "@/lib/dal/matching/features";
import { scoreCandidate } from "@/lib/matching/score";
import type { SessionUser } from "@/lib/session-user";
import { umkmInputSchema, type UmkmInput } from "@/lib/validation/umkm";
import pg from "pg";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { runSeed } from "@/prisma/seed/index";
import { deleteSyntheticUmkm, loadSyntheticUmkm, SYNTHETIC_ROWS_SQL } from "@/prisma/seed/synthetic-umkm-load";
import { testDatabaseUrl } from "../setup/db";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser, tempStorageDir, uniqueNib } from "../setup/umkm";
import { todayIso } from "@/lib/dates";

// DESIGN.md: "an NIB recorded on the UMKM's profile and its NIB paperwork item are the same fact,
// never two", readiness computed in one place, and assistance cases that follow their document.
// On the run's real database (the triggers of migration nib_one_fact).

let types: Map<string, string>;
let officer: SessionUser;
let diskop: SessionUser;
let input: (patch?: Record<string, unknown>) => Promise<UmkmInput>;
const today = todayIso();

const nibItem = (umkmId: string) =>
  db.paperworkItem.findUnique({ where: { umkmId_documentTypeId: { umkmId, documentTypeId: types.get("NIB")! } } });

beforeAll(async () => {
  await ensureUmkmReference();
  types = await ensureDocumentTypes(db, ["NIB", "NPWP", "SLHS", "HALAL"]);
  [officer, diskop] = [await sessionUser("PMPTSP_OFFICER"), await sessionUser("DISKOP_STAFF")];
  const schema = umkmInputSchema(await getRegionReference());
  input = async (patch = {}) =>
    schema.parse({
      businessName: `Katering Satu Fakta ${Math.random().toString(36).slice(2, 8)}`,
      ownerName: "Rina Siregar",
      phone: "081298765432",
      kbliCodes: "56210",
      productsText: "Nasi kotak, katering harian",
      regencyCode: "12.71",
      districtCode: "12.71.01",
      capitalRp: "Rp 90.000.000",
      annualSalesRp: "400.000.000",
      ...patch,
    });
});

describe("profile NIB → paperwork item", () => {
  it("registering a UMKM with an NIB records its NIB item as ISSUED (source PROFILE, dated today), with history and audit by the user", async () => {
    const nib = uniqueNib();
    const { id } = await createUmkm(diskop, await input({ nib }));
    const item = await nibItem(id);
    expect(item).toMatchObject({ status: "ISSUED", number: nib, source: "PROFILE", expiresOn: null });
    expect(item!.issuedOn!.toISOString().slice(0, 10)).toBe(today);
    expect(
      await db.paperworkHistory.count({ where: { itemId: item!.id, toStatus: "ISSUED", changedById: diskop.id } }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({ where: { action: "paperwork.create", entityId: item!.id, actorId: diskop.id } }),
    ).toBe(1);
  });

  it("a corrected NIB moves the item's number (keeping its issue date); emptying it while the item is ISSUED is refused next to the field", async () => {
    const first = uniqueNib();
    const { id } = await createUmkm(officer, await input({ nib: first }));
    const issuedOn = (await nibItem(id))!.issuedOn;
    const second = uniqueNib();
    await updateUmkm(officer, id, await input({ nib: second }), 1);
    expect(await nibItem(id)).toMatchObject({ status: "ISSUED", number: second, issuedOn, version: 2 });
    await expect(updateUmkm(officer, id, await input({}), 2)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "nibIssuedItem",
      details: { fieldErrors: { nib: ["nibIssuedItem"] } },
    });
    expect((await db.umkm.findUniqueOrThrow({ where: { id } })).nib).toBe(second);
  });

  it("an NIB added to a profile whose NIB item was in progress issues that item", async () => {
    const umkm = await createTestUmkm(db);
    await savePaperworkItem(officer, {
      umkmId: umkm.id,
      documentTypeId: types.get("NIB"),
      expectedVersion: 0,
      status: "IN_PROGRESS",
    });
    const nib = uniqueNib();
    await updateUmkm(officer, umkm.id, await input({ nib, businessName: umkm.businessName }), umkm.version);
    expect(await nibItem(umkm.id)).toMatchObject({ status: "ISSUED", number: nib, source: "PROFILE", version: 2 });
  });

  it("even a raw INSERT gets its item, and the database refuses to empty an NIB held as an issued item", async () => {
    const nib = uniqueNib();
    const umkm = await createTestUmkm(db, { nib });
    expect(await nibItem(umkm.id)).toMatchObject({ status: "ISSUED", number: nib });
    await expect(db.umkm.update({ where: { id: umkm.id }, data: { nib: null } })).rejects.toThrow(
      /umkm_nib_item_check|issued NIB/,
    );
    expect((await db.umkm.findUniqueOrThrow({ where: { id: umkm.id } })).nib).toBe(nib);
  });

  it("an import commit records each imported NIB as an ISSUED item (source IMPORT) by the importing user", async () => {
    const nib = uniqueNib();
    const header =
      "business_name;owner_name;phone;nib;npwp;kbli_codes;products;regency_code;district_code;capital_rp;annual_sales_rp;employees;year_established;capacity;is_active";
    const name = `Impor Satu Fakta ${Date.now()}`;
    const csv = [
      header,
      [
        name,
        "Budi",
        "0812-1111-2222",
        nib,
        "",
        "56210",
        "Nasi kotak",
        "12.71",
        "12.71.01",
        "150.000.000",
        "600.000.000",
        "3",
        "2018",
        "1",
        "ya",
      ].join(";"),
    ].join("\n");
    const dir = tempStorageDir();
    const job = await startUmkmImport(
      diskop,
      { name: "satu-fakta.csv", bytes: new TextEncoder().encode(csv) },
      { dir },
    );
    await validateUmkmImport(diskop, job.id, { dir });
    await commitUmkmImport(diskop, job.id);
    const umkm = await db.umkm.findUniqueOrThrow({ where: { nib } });
    const item = await nibItem(umkm.id);
    expect(item).toMatchObject({ status: "ISSUED", number: nib, source: "IMPORT" });
    expect(await db.paperworkHistory.count({ where: { itemId: item!.id, changedById: diskop.id } })).toBe(1);
  });
});

describe("synthetic registry", () => {
  it("every generated NIB is an ISSUED NIB item of source REGISTRY", async () => {
    await db.$transaction((tx) => runSeed(tx, { includeDemo: false }), { timeout: 600_000 }); // every kabupaten/kota
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await loadSyntheticUmkm(client, { count: 400, seed: 3, replace: true });
      const {
        rows: [counts],
      } = await client.query<{ nibs: number; items: number; registry: number }>(
        `SELECT count(*) FILTER (WHERE u.nib IS NOT NULL)::int AS nibs, count(p.id)::int AS items,
                count(*) FILTER (WHERE p.source = 'REGISTRY' AND p.status = 'ISSUED' AND p.number = u.nib::text)::int AS registry
           FROM (SELECT id, nib FROM umkm WHERE ${SYNTHETIC_ROWS_SQL}) u
           LEFT JOIN paperwork_items p ON p.umkm_id = u.id AND p.document_type_id = $1::uuid`,
        [types.get("NIB")],
      );
      expect(counts!.nibs).toBeGreaterThan(0);
      expect(counts).toEqual({ nibs: counts!.nibs, items: counts!.nibs, registry: counts!.nibs });
    } finally {
      await deleteSyntheticUmkm(client);
      await client.end();
    }
  }, 600_000);
});

describe("paperwork item → profile NIB", () => {
  it("an NIB issued through the paperwork fills the empty profile (source PAPERWORK, the officer's issue date)", async () => {
    const umkm = await createTestUmkm(db);
    const nib = uniqueNib();
    const step = (expectedVersion: number, fields: Record<string, string>) =>
      savePaperworkItem(officer, { umkmId: umkm.id, documentTypeId: types.get("NIB"), expectedVersion, ...fields });
    await step(0, { status: "IN_PROGRESS" });
    await step(1, { status: "SUBMITTED" });
    await step(2, { status: "ISSUED", number: nib, issuedOn: "2025-03-04" });
    const row = await db.umkm.findUniqueOrThrow({ where: { id: umkm.id } });
    expect(row).toMatchObject({ nib, version: umkm.version + 1 });
    expect(await nibItem(umkm.id)).toMatchObject({ status: "ISSUED", number: nib, source: "PAPERWORK", version: 3 });
    expect((await nibItem(umkm.id))!.issuedOn!.toISOString().slice(0, 10)).toBe("2025-03-04");
    expect(
      await db.auditEvent.count({
        where: { action: "umkm.nib_from_paperwork", entityId: umkm.id, actorId: officer.id },
      }),
    ).toBe(1);
  });
});

describe("assistance cases follow their document", () => {
  it("issuing the document resolves its open case (audited) and the case's officer becomes the assisting officer", async () => {
    const umkm = await createTestUmkm(db);
    const { id: caseId } = await openCase(diskop, {
      umkmId: umkm.id,
      documentTypeId: types.get("SLHS"),
      assigneeId: officer.id,
    });
    await savePaperworkItem(diskop, {
      umkmId: umkm.id,
      documentTypeId: types.get("SLHS"),
      expectedVersion: 0,
      status: "IN_PROGRESS",
    });
    await savePaperworkItem(diskop, {
      umkmId: umkm.id,
      documentTypeId: types.get("SLHS"),
      expectedVersion: 1,
      status: "SUBMITTED",
    });
    expect((await db.assistanceCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
    await savePaperworkItem(diskop, {
      umkmId: umkm.id,
      documentTypeId: types.get("SLHS"),
      expectedVersion: 2,
      status: "ISSUED",
      number: "440/123/SLHS/2026",
      issuedOn: today,
    });
    const closed = await db.assistanceCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(closed).toMatchObject({ status: "RESOLVED", version: 2 });
    expect(closed.closedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.resolve", entityId: caseId } });
    expect(audit).toMatchObject({
      actorId: diskop.id,
      fromStatus: "OPEN",
      toStatus: "RESOLVED",
      data: expect.objectContaining({ outcome: "DOCUMENT_ISSUED" }),
    });
    const item = await db.paperworkItem.findUniqueOrThrow({
      where: { umkmId_documentTypeId: { umkmId: umkm.id, documentTypeId: types.get("SLHS")! } },
    });
    expect(item.assistingOfficerId).toBe(officer.id);
  });

  it("an NIB recorded on the profile resolves the NIB case too", async () => {
    const umkm = await createTestUmkm(db);
    const { id: caseId } = await openCase(officer, {
      umkmId: umkm.id,
      documentTypeId: types.get("NIB"),
      assigneeId: diskop.id,
    });
    await updateUmkm(
      officer,
      umkm.id,
      await input({ nib: uniqueNib(), businessName: umkm.businessName }),
      umkm.version,
    );
    expect((await db.assistanceCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("RESOLVED");
    expect((await nibItem(umkm.id))!.assistingOfficerId).toBe(diskop.id);
  });
});

describe("one readiness", () => {
  it("the score's readiness and the panel's readiness are the same answer for a UMKM whose NIB is on its profile", async () => {
    const company = await createTestCompany(db);
    const need = await createTestNeed(db, company.id, { documentCodes: ["NIB", "SLHS"] });
    const umkm = await createTestUmkm(db, { nib: uniqueNib() });
    const profile = (await loadNeedProfile(db, need.id))!;
    const features = (await loadCandidateFeatures(db, profile, [umkm.id])).get(umkm.id)!;
    const weights = {
      id: "w",
      version: 1,
      weights: {
        kbli: 0.3,
        text: 0.2,
        location: 0.15,
        capacity: 0.1,
        readiness: 0.15,
        nomination: 0.05,
        fairness: 0.05,
      },
    };
    const breakdown = scoreCandidate(profile, features, weights);
    const panel = (await readinessOf(db, need.id, umkm.id))!.readiness;
    expect(panel).toMatchObject({ readyCount: 1, requiredCount: 2 });
    expect(breakdown.components.readiness.value).toBe(panel.ratio);
    expect(breakdown.reasons).toContainEqual({
      key: "readinessPartial",
      params: { ready: panel.readyCount, required: panel.requiredCount },
    });
    expect(breakdown.missingDocuments).toEqual(panel.items.filter((i) => i.state !== "READY").map((i) => i.code));
  });
});

describe("migration nib_one_fact (part 1) on a fixture", () => {
  it("reconciles profiles and NIB items by its stated rules and resolves cases of issued documents", async () => {
    const dir = path.join(process.cwd(), "prisma/migrations");
    const folder = readdirSync(dir).find((name) => name.endsWith("_nib_one_fact"))!;
    const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8").split("-- Part 2. The triggers.")[0]!;
    const statements = sql
      .split(/;\s*\n/)
      .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
      .filter(Boolean);
    const nibType = types.get("NIB")!;
    const [profileOnly, inProgress, differs, itemOnly, clash] = [
      uniqueNib(),
      uniqueNib(),
      uniqueNib(),
      uniqueNib(),
      uniqueNib(),
    ];
    const fixture = await db.$transaction(async (tx) => {
      // The state before the rule: written with the rule's triggers off.
      await tx.$executeRawUnsafe(`ALTER TABLE umkm DISABLE TRIGGER umkm_nib_item_on_insert`);
      await tx.$executeRawUnsafe(`ALTER TABLE umkm DISABLE TRIGGER umkm_nib_item_on_update`);
      await tx.$executeRawUnsafe(`ALTER TABLE paperwork_items DISABLE TRIGGER paperwork_item_issued`);
      await tx.$executeRawUnsafe(`ALTER TABLE paperwork_items DISABLE TRIGGER paperwork_item_assisting_officer`);
      const a = await createTestUmkm(tx, { nib: profileOnly });
      const b = await createTestUmkm(tx, { nib: inProgress });
      await tx.paperworkItem.create({ data: { umkmId: b.id, documentTypeId: nibType, status: "IN_PROGRESS" } });
      const c = await createTestUmkm(tx, { nib: differs });
      await tx.paperworkItem.create({
        data: {
          umkmId: c.id,
          documentTypeId: nibType,
          status: "ISSUED",
          number: uniqueNib(),
          issuedOn: new Date("2024-05-06T00:00:00Z"),
        },
      });
      const d = await createTestUmkm(tx);
      await tx.paperworkItem.create({
        data: {
          umkmId: d.id,
          documentTypeId: nibType,
          status: "ISSUED",
          number: itemOnly,
          issuedOn: new Date("2025-01-02T00:00:00Z"),
        },
      });
      await createTestUmkm(tx, { nib: clash });
      const e = await createTestUmkm(tx);
      await tx.paperworkItem.create({
        data: {
          umkmId: e.id,
          documentTypeId: nibType,
          status: "ISSUED",
          number: clash,
          issuedOn: new Date("2025-01-02T00:00:00Z"),
        },
      });
      await tx.paperworkItem.create({
        data: {
          umkmId: e.id,
          documentTypeId: types.get("HALAL")!,
          status: "ISSUED",
          number: "ID1200000000001",
          issuedOn: new Date("2025-01-02T00:00:00Z"),
        },
      });
      const halalCase = await tx.assistanceCase.create({
        data: { umkmId: e.id, documentTypeId: types.get("HALAL")!, status: "IN_PROGRESS", assigneeId: officer.id },
      });
      await tx.$executeRawUnsafe(`ALTER TABLE umkm ENABLE TRIGGER umkm_nib_item_on_insert`);
      await tx.$executeRawUnsafe(`ALTER TABLE umkm ENABLE TRIGGER umkm_nib_item_on_update`);
      await tx.$executeRawUnsafe(`ALTER TABLE paperwork_items ENABLE TRIGGER paperwork_item_issued`);
      await tx.$executeRawUnsafe(`ALTER TABLE paperwork_items ENABLE TRIGGER paperwork_item_assisting_officer`);
      return { a, b, c, d, e, halalCase };
    });
    expect(await nibItem(fixture.a.id)).toBeNull();
    await db.$transaction(async (tx) => {
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
    });
    expect(await nibItem(fixture.a.id)).toMatchObject({ status: "ISSUED", number: profileOnly, source: "REGISTRY" });
    expect((await nibItem(fixture.a.id))!.issuedOn!.toISOString().slice(0, 10)).toBe(
      new Date(fixture.a.updatedAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10),
    );
    expect(await nibItem(fixture.b.id)).toMatchObject({
      status: "ISSUED",
      number: inProgress,
      source: "REGISTRY",
      version: 2,
    });
    expect(await nibItem(fixture.c.id)).toMatchObject({
      status: "ISSUED",
      number: differs,
      issuedOn: new Date("2024-05-06T00:00:00Z"),
    });
    expect((await db.umkm.findUniqueOrThrow({ where: { id: fixture.d.id } })).nib).toBe(itemOnly);
    expect(await nibItem(fixture.e.id)).toMatchObject({ status: "REJECTED", number: clash });
    expect((await db.umkm.findUniqueOrThrow({ where: { id: fixture.e.id } })).nib).toBeNull();
    expect(await db.assistanceCase.findUniqueOrThrow({ where: { id: fixture.halalCase.id } })).toMatchObject({
      status: "RESOLVED",
    });
    expect(await db.auditEvent.count({ where: { action: "case.resolve", entityId: fixture.halalCase.id } })).toBe(1);
    expect(await db.paperworkHistory.count({ where: { itemId: (await nibItem(fixture.a.id))!.id } })).toBe(1);
    // Nothing is left that contradicts the rule.
    const [left] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM umkm u LEFT JOIN paperwork_items p ON p.umkm_id = u.id AND p.document_type_id = ${nibType}::uuid
       WHERE (u.nib IS NOT NULL AND (p.status IS DISTINCT FROM 'ISSUED' OR p.number <> u.nib::text)) OR (u.nib IS NULL AND p.status = 'ISSUED')`;
    expect(Number(left!.n)).toBe(0);
  });
});
