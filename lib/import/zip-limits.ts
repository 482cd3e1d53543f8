import yauzl, { type Entry, type ZipFile } from "yauzl";

/**
 * Limits on what an uploaded XLSX (a zip) may unpack to, checked before any parsing: a
 * 0.5 MB workbook can inflate to 500 MB of XML. First the central directory (entry count,
 * declared sizes, compression ratio), then — because declared sizes can lie — every entry is
 * inflated as a stream and counted, stopping at the cap (yauzl also refuses an entry that
 * inflates beyond its declared size). Nothing inflated is kept.
 */
export const MAX_ZIP_ENTRIES = 1000;
/** A 100,000-row workbook with every column unpacks to ≈ 60–100 MB of XML. */
export const MAX_UNZIPPED_BYTES = 160 * 1024 * 1024;
/** Real sheets compress 5–30×; a bomb ≈ 1,000×. Only entries over 1 MiB are judged by ratio. */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_FROM_BYTES = 1024 * 1024;

export type ZipCheck = "ok" | "tooLarge" | "unreadable";

const fromBuffer = (buffer: Buffer) =>
  new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });

function readDirectory(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

class CapExceeded extends Error {}

/** Inflates one entry, adding its bytes to `counted.total`; rejects with CapExceeded past the cap. */
function countEntry(zip: ZipFile, entry: Entry, counted: { total: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      stream.on("data", (chunk: Buffer) => {
        counted.total += chunk.length;
        if (counted.total > MAX_UNZIPPED_BYTES) stream.destroy(new CapExceeded());
      });
      stream.on("end", resolve);
      stream.on("error", reject);
    });
  });
}

/** Whether the zip in `bytes` stays within the limits ("tooLarge" names every way it may not). */
export async function checkZipLimits(bytes: Uint8Array): Promise<ZipCheck> {
  let zip: ZipFile;
  try {
    zip = await fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return "unreadable";
  }
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) return "tooLarge";
    const entries = await readDirectory(zip);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    const isBomb = (entry: Entry) =>
      entry.uncompressedSize > RATIO_FROM_BYTES &&
      entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(entry.compressedSize, 1);
    if (declared > MAX_UNZIPPED_BYTES || entries.some(isBomb)) return "tooLarge";
    const counted = { total: 0 };
    for (const entry of entries) await countEntry(zip, entry, counted);
    return "ok";
  } catch (error) {
    // Inflating past the cap, or past an entry's declared size (a lying header), is a bomb.
    if (error instanceof CapExceeded || /too many bytes in the stream/i.test(String((error as Error).message)))
      return "tooLarge";
    return "unreadable";
  } finally {
    zip.close();
  }
}
