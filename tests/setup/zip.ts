import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

// Builds zip files byte by byte for tests of the import's unpacking limits, including ones a
// normal zip writer refuses to write: a central directory that lies about an entry's size.

export type ZipEntry = { name: string; compressed: Buffer; crc: number; size: number; declaredSize?: number };

export const textEntry = (name: string, text: string): ZipEntry => {
  const data = Buffer.from(text, "utf8");
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
};

/** `megabytes` MiB of "0" characters deflated chunk by chunk (never held inflated): ≈ 1,000× smaller. */
export async function zerosEntry(name: string, megabytes: number): Promise<ZipEntry> {
  const chunk = Buffer.alloc(1024 * 1024, "0");
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { name, compressed: Buffer.concat(parts), crc, size: megabytes * chunk.length };
}

/** A zip (deflate, no data descriptors); an entry's `declaredSize` overrides the true size in both headers. */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;

/** An XLSX-shaped zip whose sheet is `megabytes` MiB of zeros, its size declared truthfully or as `declaredSize`. */
export async function xlsxBomb(megabytes: number, declaredSize?: number): Promise<Buffer> {
  const sheet = await zerosEntry("xl/worksheets/sheet1.xml", megabytes);
  return buildZip([
    textEntry("[Content_Types].xml", CONTENT_TYPES),
    textEntry("xl/workbook.xml", "<workbook/>"),
    { ...sheet, declaredSize },
  ]);
}
