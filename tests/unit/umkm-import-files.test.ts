import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitUmkmImport, startUmkmImport, validateUmkmImport } from "@/lib/dal/umkm/umkm-import";
import { MAX_FILE_NAME_LENGTH } from "@/lib/domain/file-names";
import { MAX_IMPORT_ROWS } from "@/lib/domain/upload-limits";
import { parseUmkmFileInWorker } from "@/lib/import/parse-in-worker";
import { parseUmkmCsv } from "@/lib/import/umkm-file";
import { checkZipLimits, MAX_UNZIPPED_BYTES } from "@/lib/import/zip-limits";
import type { SessionUser } from "@/lib/session-user";
import { ensureUmkmReference, sessionUser, tempStorageDir } from "../setup/umkm";
import { buildZip, textEntry, xlsxBomb } from "../setup/zip";

// What an uploaded import file may be before its rows are checked: its text encoding, its
// name, and — for XLSX — what it unpacks to. Parsing runs in a worker thread with a heap limit.

const dir = tempStorageDir();
let diskop: SessionUser;
let run = "";
const HEADER = "nama_usaha;nama_pemilik;kbli;produk;kode_kabupaten;kode_kecamatan;modal;omzet";
const csvText = (...names: string[]) =>
  [HEADER, ...names.map((name, i) => `${name} ${run};Ani;56210;Kopi bubuk;12.71;12.71.0${i + 1};1000000;5000000`)].join(
    "\r\n",
  );

async function importFile(name: string, bytes: Uint8Array) {
  const job = await startUmkmImport(diskop, { name, bytes }, { dir });
  return validateUmkmImport(diskop, job.id, { dir });
}

beforeAll(async () => {
  await ensureUmkmReference();
  diskop = await sessionUser("DISKOP_STAFF");
  run = `F${Date.now()}`;
});

const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const le = Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf16le");
  return bigEndian ? le.swap16() : le;
};
const windows1252 = (text: string) =>
  Uint8Array.from(Array.from(text, (c) => ({ Ñ: 0xd1, é: 0xe9 })[c] ?? c.charCodeAt(0)));

describe("text encodings of a CSV", () => {
  const text = () => csvText("Kopi Sidikalang Ñ", "Café");
  const names = () => [`Kopi Sidikalang Ñ ${run}`, `Café ${run}`];
  const cases: [string, () => Uint8Array][] = [
    ["UTF-8 with BOM", () => Buffer.from(`\uFEFF${text()}`, "utf8")],
    ["UTF-8 without BOM", () => Buffer.from(text(), "utf8")],
    ["UTF-16LE with BOM", () => utf16(text(), false, true)],
    ["UTF-16BE with BOM", () => utf16(text(), true, true)],
    ["UTF-16LE without BOM", () => utf16(text(), false, false)],
    ["Windows-1252", () => windows1252(text())],
  ];
  it.each(cases)("reads %s with the names intact", (_, bytes) => {
    const parsed = parseUmkmCsv(bytes());
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.records.map((r) => r.values.businessName)).toEqual(names());
  });

  it("refuses UTF-32 naming the encoding", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("a\0\0\0", "latin1")]);
    expect(parseUmkmCsv(bytes).fileErrors).toEqual([{ line: 1, column: "", key: "fileEncoding", value: "UTF-32LE" }]);
  });

  it("imports a Windows-1252 file into the registry without U+FFFD", async () => {
    const job = await importFile("excel.csv", windows1252(csvText("Kopi Sidikalang Ñ", "Café")));
    expect(job).toMatchObject({ status: "VALIDATED", validRows: 2 });
    await commitUmkmImport(diskop, job.id);
    const stored = await db.umkm.findMany({
      where: { businessName: { endsWith: run } },
      select: { businessName: true },
      orderBy: { businessName: "asc" },
    });
    expect(stored.map((u) => u.businessName)).toEqual([`Café ${run}`, `Kopi Sidikalang Ñ ${run}`]);
  });
});

describe("the stored name of an import", () => {
  it("accepts a 300-character .csv name, shortened keeping .csv, and names the type found in the bytes", async () => {
    const long = await startUmkmImport(
      diskop,
      { name: `${"data umkm ".repeat(30)}.csv`, bytes: Buffer.from(csvText("Panjang")) },
      { dir },
    );
    const { fileName } = await db.importJob.findUniqueOrThrow({ where: { id: long.id } });
    expect(fileName).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(fileName.endsWith(".csv")).toBe(true);
    const job = await validateUmkmImport(diskop, long.id, { dir });
    expect(job).toMatchObject({ status: "VALIDATED", validRows: 1 });
    const renamed = await startUmkmImport(
      diskop,
      { name: "data\u202Ecsv.xlsx", bytes: Buffer.from(csvText("Teks")) },
      { dir },
    );
    expect((await db.importJob.findUniqueOrThrow({ where: { id: renamed.id } })).fileName).toBe("datacsv.csv");
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    await expect(startUmkmImport(diskop, { name: "data.csv", bytes: pdf }, { dir })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "fileType",
    });
  });
});

describe("decompression bombs and memory", () => {
  it("refuses an XLSX whose central directory declares more than the limit, before inflating it", async () => {
    const bomb = await xlsxBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await checkZipLimits(bomb)).toBe("tooLarge");
    const many = buildZip(Array.from({ length: 1001 }, (_, i) => textEntry(`x/${i}.xml`, "<x/>")));
    expect(await checkZipLimits(many)).toBe("tooLarge");
  });

  it("ends the job FAILED with 'too large after opening' for a bomb that lies about its size; the process stays small", async () => {
    const before = process.memoryUsage();
    const bomb = await xlsxBomb(Math.ceil((MAX_UNZIPPED_BYTES * 1.5) / 1024 / 1024), 100_000);
    expect(await checkZipLimits(bomb)).toBe("tooLarge");
    const job = await importFile("bom.xlsx", bomb);
    expect(job).toMatchObject({
      status: "FAILED",
      validRows: 0,
      errors: [{ line: 0, column: "", key: "fileTooLargeUnpacked" }],
    });
    const after = process.memoryUsage();
    // The sheet alone would be 240 MiB of XML: none of it ever lived in this process's heap.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  it("a parse that exhausts the worker's heap ends as the same file error, and the web process carries on", async () => {
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `Usaha ${i};Ani;56210;${"Kopi ".repeat(20)};12.71;12.71.01;1000000;5000000`,
    );
    const bytes = Buffer.from([HEADER, ...rows].join("\n"));
    const parsed = await parseUmkmFileInWorker("csv", bytes, {
      maxOldGenerationSizeMb: 8,
      maxYoungGenerationSizeMb: 4,
    });
    expect(parsed).toEqual({
      records: [],
      headers: {},
      fileErrors: [{ line: 0, column: "", key: "fileTooLargeUnpacked" }],
    });
    const small = await parseUmkmFileInWorker("csv", Buffer.from(csvText("Masih")));
    expect(small.records).toHaveLength(1);
  }, 60_000);

  it("refuses a file with more data rows than the limit as FAILED, naming the reason", async () => {
    const bytes = Buffer.from(`${HEADER}\n${"a;b\n".repeat(MAX_IMPORT_ROWS + 1)}`);
    const job = await importFile("panjang.csv", bytes);
    expect(job).toMatchObject({ status: "FAILED", errors: [{ key: "fileTooManyRows" }] });
  }, 60_000);
});
