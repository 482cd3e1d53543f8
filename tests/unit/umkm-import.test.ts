import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import {
  cancelUmkmImport,
  commitUmkmImport,
  getImportJob,
  listImportErrors,
  startUmkmImport,
  validateUmkmImport,
} from "@/lib/dal/umkm/umkm-import";
import type { SessionUser } from "@/lib/session-user";
import { createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser, tempStorageDir, uniqueNib } from "../setup/umkm";

const HEADER =
  "business_name;owner_name;phone;nib;npwp;kbli_codes;products;regency_code;district_code;capital_rp;annual_sales_rp;employees;year_established;capacity;is_active";
const dir = tempStorageDir();
let diskop: SessionUser;
let run = "";

/** One CSV line; `name` gets the run's tag so rows never collide with other tests' rows. */
function line(
  name: string,
  fields: Partial<Record<"nib" | "regency" | "district" | "kbli" | "capital", string>> = {},
  sep = ";",
) {
  return [
    `${name} ${run}`,
    "Budi Santoso",
    "0812-1111-2222",
    fields.nib ?? "",
    "",
    fields.kbli ?? "56210",
    "Nasi kotak dan snack",
    fields.regency ?? "12.71",
    fields.district ?? "12.71.01",
    fields.capital ?? "Rp 150.000.000",
    "600.000.000",
    "3",
    "2018",
    "1",
    "ya",
  ].join(sep);
}

async function importFile(name: string, content: string | Uint8Array, user = diskop) {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const job = await startUmkmImport(user, { name, bytes }, { dir });
  return validateUmkmImport(user, job.id, { dir });
}

const countRun = () => db.umkm.count({ where: { businessName: { endsWith: run } } });

beforeAll(async () => {
  await ensureUmkmReference();
  diskop = await sessionUser("DISKOP_STAFF");
  run = `T${Date.now()}`;
});

describe("validation of a deliberately broken file", () => {
  it("reports bad NIB, unknown kecamatan, kecamatan of another kabupaten and duplicates with line and column; skips BOM and empty lines", async () => {
    const taken = await createTestUmkm(db, {
      nib: uniqueNib(),
      businessName: `Sudah Terdaftar ${run}`,
      districtCode: "12.71.02",
    });
    const nib = uniqueNib();
    const csv =
      "\uFEFF" +
      [
        HEADER,
        line("Katering A", { nib }), // line 2: valid
        "", // line 3: empty
        line("Katering B", { nib: "12345" }), // line 4: bad NIB
        line("Katering C", { district: "12.71.99" }), // line 5: unknown kecamatan
        line("Katering D", { district: "12.19.01" }), // line 6: Batu Bara's kecamatan under Medan
        ";;;;;;;;;;;;;;", // line 7: empty row of separators
        line("Katering E", { nib }), // line 8: duplicate NIB of line 2
        line("Katering A"), // line 9: same name + kecamatan as line 2
        line("Katering F", { nib: taken.nib! }), // line 10: NIB already registered
        `Sudah Terdaftar ${run};Ani;;;;56210;Kue;12.71;12.71.02;1000000;1000000;;;;`, // line 11: name + kecamatan registered
        line("Katering G", { kbli: "99999", capital: "satu juta" }), // line 12: two errors
        line("Katering H", { regency: "12.07", district: "12.07.01" }), // line 13: valid
        "",
      ].join("\r\n");
    const job = await importFile("rusak.csv", csv);
    expect(job).toMatchObject({ status: "VALIDATED", totalRows: 10, validRows: 2, errorRows: 8 });
    const errors = job.errors.map((e) => `${e.line}:${e.column}:${e.key}${e.ref ? `@${e.ref}` : ""}`);
    expect(errors).toEqual([
      "4:nib:nibDigits",
      "5:district_code:districtUnknown",
      "6:district_code:districtOtherRegency",
      "8:nib:nibDuplicateInFile@2",
      "9:business_name:nameDistrictDuplicateInFile@2",
      "10:nib:nibTaken",
      "11:business_name:nameDistrictTaken",
      "12:kbli_codes:kbliUnknown",
      "12:capital_rp:money",
    ]);
    expect(await listImportErrors(diskop, job.id, { dir })).toHaveLength(9);
    expect(await countRun()).toBe(1); // only the registry row created above: validation writes nothing
  });

  it("reads comma-separated CSV without BOM and XLSX the same way", async () => {
    const csv = [HEADER.replaceAll(";", ","), line("Koma A", {}, ","), line("Koma B", { nib: "abc" }, ",")].join("\n");
    expect(await importFile("koma.csv", csv)).toMatchObject({ totalRows: 2, validRows: 1, errorRows: 1 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("UMKM");
    sheet.addRow(HEADER.split(";"));
    sheet.addRow(line("Xlsx A").split(";"));
    sheet.addRow([]);
    sheet.addRow(line("Xlsx B", { district: "12.19.01" }).split(";"));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const job = await importFile("data.xlsx", bytes);
    expect(job).toMatchObject({ totalRows: 2, validRows: 1, errorRows: 1 });
    expect(job.errors[0]).toMatchObject({ line: 4, column: "district_code", key: "districtOtherRegency" });
  });

  it("names a missing required column and refuses other file types and empty files", async () => {
    const missing = await importFile("kurang.csv", "business_name;owner_name\nA;B\n");
    expect(missing.errors.map((e) => e.column)).toEqual([
      "kbli_codes",
      "products",
      "regency_code",
      "district_code",
      "capital_rp",
      "annual_sales_rp",
    ]);
    expect(missing.validRows).toBe(0);
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    await expect(startUmkmImport(diskop, { name: "data.csv", bytes: pdf }, { dir })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "fileType",
    });
    await expect(
      startUmkmImport(diskop, { name: "kosong.csv", bytes: new Uint8Array() }, { dir }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("validates a 10 MB file and still points at the one bad line", async () => {
    const lines = [HEADER];
    let size = HEADER.length;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const row = line(`Usaha Besar ${i} ${"x".repeat(150)}`, { district: i === 777 ? "12.19.01" : "12.71.01" });
      lines.push(row);
      size += row.length + 1;
    }
    const content = lines.join("\n");
    expect(content.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const job = await importFile("besar.csv", content);
    expect(job.totalRows).toBe(lines.length - 1);
    expect(job.errorRows).toBe(1);
    expect(job.errors[0]).toMatchObject({ line: 779, column: "district_code", key: "districtOtherRegency" });
    await cancelUmkmImport(diskop, job.id);
  }, 120_000);
});

describe("import of the valid rows", () => {
  it("imports the valid rows in one go with scale, KBLI and an audit event; a second import is refused", async () => {
    const nib = uniqueNib();
    const job = await importFile(
      "baik.csv",
      [
        HEADER,
        line("Impor A", { nib, capital: "2.000.000.000", kbli: "56210,10794" }),
        line("Impor B"),
        line("Impor C", { nib: "1" }),
      ].join("\n"),
    );
    expect(job.validRows).toBe(2);
    expect(await commitUmkmImport(diskop, job.id)).toEqual({ imported: 2 });
    const a = await db.umkm.findUniqueOrThrow({ where: { nib }, include: { kbli: true } });
    expect(a).toMatchObject({
      scale: "KECIL",
      capitalRp: 2_000_000_000n,
      phone: "+6281211112222",
      createdById: diskop.id,
      version: 1,
    });
    expect(a.kbli.map((k) => `${k.kbliVersion}:${k.code}`).sort()).toEqual(["KBLI_2020:10794", "KBLI_2020:56210"]);
    expect(a.kbliPrefixes).toContain("1079");
    // The registry's filter keys are written by the UMKM trigger inside the import's INSERT … SELECT.
    expect([...a.registryFacets].sort()).toEqual(
      [...a.kbliPrefixes, "s:KECIL", "nib", `r:${a.regencyCode}`, `d:${a.districtCode}`].sort(),
    );
    expect(await getImportJob(diskop, job.id)).toMatchObject({ status: "COMPLETED", processed: 2 });
    expect(await db.auditEvent.count({ where: { action: "umkm.import", entityId: job.id } })).toBe(1);
    await expect(commitUmkmImport(diskop, job.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("leaves nothing behind when the import fails mid-way, and can then be retried", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => line(`Gagal ${i}`));
    const job = await importFile("gagal.csv", [HEADER, ...rows].join("\n"));
    const before = await db.umkm.count();
    const crash = commitUmkmImport(diskop, job.id, {
      // The rows are written inside the transaction at this point; then the "process dies".
      beforeCommit: () => {
        throw new Error("simulated crash after writing the rows");
      },
    });
    await expect(crash).rejects.toThrow("simulated crash");
    expect(await db.umkm.count()).toBe(before);
    expect(await db.umkmKbli.count({ where: { umkm: { businessName: { startsWith: "Gagal" } } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "umkm.import", entityId: job.id } })).toBe(0);
    expect(await getImportJob(diskop, job.id)).toMatchObject({ status: "VALIDATED", validRows: 7 });
    expect(await commitUmkmImport(diskop, job.id)).toEqual({ imported: 7 });
    expect(await db.umkm.count()).toBe(before + 7);
    expect(await db.umkmImportRow.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("refuses to import when the registry gained a duplicate after validation", async () => {
    const nib = uniqueNib();
    const job = await importFile("balapan.csv", [HEADER, line("Balapan A", { nib }), line("Balapan B")].join("\n"));
    await createTestUmkm(db, { nib });
    await expect(commitUmkmImport(diskop, job.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.umkm.count({ where: { businessName: `Balapan B ${run}` } })).toBe(0);
  });

  it("imports nothing when the user chooses so", async () => {
    const job = await importFile("batal.csv", [HEADER, line("Batal A")].join("\n"));
    await cancelUmkmImport(diskop, job.id);
    await expect(commitUmkmImport(diskop, job.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.umkm.count({ where: { businessName: `Batal A ${run}` } })).toBe(0);
  });
});

describe("bounded staging", () => {
  it("cancels imports nobody decided on within a week and drops their staged rows when a new import starts", async () => {
    const old = await importFile("lama.csv", [HEADER, line("Lama A")].join("\n"));
    expect(await db.umkmImportRow.count({ where: { jobId: old.id } })).toBe(1);
    await db.importJob.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    await importFile("baru.csv", [HEADER, line("Baru A")].join("\n"));
    expect((await getImportJob(diskop, old.id)).status).toBe("CANCELLED");
    expect(await db.umkmImportRow.count({ where: { jobId: old.id } })).toBe(0);
  });
});

describe("who may import", () => {
  it("refuses COMPANY_STAFF and UMKM_OWNER, and hides a job from another Diskop user", async () => {
    const bytes = new TextEncoder().encode([HEADER, line("Terlarang")].join("\n"));
    for (const role of ["COMPANY_STAFF", "UMKM_OWNER"] as const) {
      const user = await sessionUser(role);
      await expect(startUmkmImport(user, { name: "x.csv", bytes }, { dir })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const job = await importFile("milik.csv", [HEADER, line("Milik")].join("\n"));
    const other = await sessionUser("DISKOP_STAFF");
    await expect(getImportJob(other, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(commitUmkmImport(other, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelUmkmImport(other, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.umkm.count({ where: { businessName: `Milik ${run}` } })).toBe(0);
    const admin = await sessionUser("ADMIN");
    expect((await getImportJob(admin, job.id)).id).toBe(job.id);
  });
});
