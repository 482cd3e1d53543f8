import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_LENGTH, safeFileName } from "@/lib/domain/file-names";

// The one sanitiser of uploaded files' names (attachments, paperwork scans, imports).
describe("safeFileName", () => {
  it("makes the extension the detected type's: replaced when it differs, added when missing, kept when it agrees", () => {
    expect(safeFileName("x.html", "pdf", "lampiran")).toBe("x.pdf");
    expect(safeFileName("spesifikasi.PDF", "pdf", "lampiran")).toBe("spesifikasi.PDF");
    expect(safeFileName("foto.jpeg", "jpg", "lampiran")).toBe("foto.jpeg");
    expect(safeFileName("data.txt", "csv", "impor")).toBe("data.csv");
    expect(safeFileName("laporan", "pdf", "lampiran")).toBe("laporan.pdf");
    expect(safeFileName("laporan.2024", "pdf", "lampiran")).toBe("laporan.2024.pdf");
  });

  it("strips C0/C1 controls and bidi marks and overrides", () => {
    expect(safeFileName("tagihan\u202Efdp.exe", "pdf", "lampiran")).toBe("tagihanfdp.pdf");
    expect(safeFileName("a\u0000b\u0007c\u0085d\u009f.pdf", "pdf", "lampiran")).toBe("abcd.pdf");
    expect(
      safeFileName("\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069spek.pdf", "pdf", "lampiran"),
    ).toBe("spek.pdf");
  });

  it("normalises to NFC, keeps the last path part and drops reserved characters", () => {
    const decomposed = "Cafe\u0301.pdf";
    expect(safeFileName(decomposed, "pdf", "lampiran")).toBe("Caf\u00e9.pdf");
    expect(safeFileName("C:\\docs\\spek<1>.pdf", "pdf", "lampiran")).toBe("spek1.pdf");
    expect(safeFileName('../../etc/standar "katering".pdf', "pdf", "lampiran")).toBe("standar katering.pdf");
    expect(safeFileName("../..", "pdf", "lampiran")).toBe("lampiran.pdf");
  });

  it("shortens long names to the limit, keeping the extension and whole characters", () => {
    const long = safeFileName(`${"a".repeat(300)}.csv`, "csv", "impor");
    expect(long).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith("a.csv")).toBe(true);
    const emoji = safeFileName(`${"😀".repeat(200)}.pdf`, "pdf", "lampiran");
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji).toMatch(/^(😀)+\.pdf$/u);
  });

  it("falls back to a name when nothing is left", () => {
    expect(safeFileName("\u0000", "pdf", "lampiran")).toBe("lampiran.pdf");
    expect(safeFileName("  .pdf", "pdf", "pindaian")).toBe("pindaian.pdf");
  });
});
