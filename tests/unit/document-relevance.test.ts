import { describe, expect, it } from "vitest";
import { isDocumentRelevant, splitByRelevance } from "@/lib/domain/document-relevance";
import { DOCUMENT_TYPES } from "@/lib/reference/document-types";

// The UMKM profile lists the documents relevant to its KBLI codes; the others go behind "Dokumen lain".

const rowsOf = (started: readonly string[] = []) =>
  DOCUMENT_TYPES.map((documentType) => ({
    documentType,
    item: started.includes(documentType.code) ? { status: "IN_PROGRESS" } : null,
  }));
const codes = (rows: { documentType: { code: string } }[]) => rows.map((row) => row.documentType.code);

describe("document relevance by KBLI", () => {
  it("a document without prefixes concerns every business; a prefix matches the codes under it", () => {
    expect(isDocumentRelevant([], [])).toBe(true);
    expect(isDocumentRelevant(["5621"], ["56210"])).toBe(true);
    expect(isDocumentRelevant(["5621"], ["5629"])).toBe(false);
    expect(isDocumentRelevant(["49295"], ["4929"])).toBe(false);
    expect(isDocumentRelevant(["10"], [])).toBe(false);
  });

  it("a caterer (56210) sees NIB, NPWP, halal and SLHS; construction and transport permits are other documents", () => {
    const { relevant, other } = splitByRelevance(rowsOf(), ["56210"]);
    expect(codes(relevant)).toEqual(expect.arrayContaining(["NIB", "NPWP", "HALAL", "SLHS"]));
    expect(codes(other)).toEqual(expect.arrayContaining(["SBU_KONSTRUKSI", "KIR", "IZIN_ANGKUTAN"]));
    expect(codes(relevant)).not.toContain("SBU_KONSTRUKSI");
    expect(relevant.length + other.length).toBe(DOCUMENT_TYPES.length);
  });

  it("a document already started stays visible whatever its prefixes", () => {
    const { relevant, other } = splitByRelevance(rowsOf(["KIR"]), ["56210"]);
    expect(codes(relevant)).toContain("KIR");
    expect(codes(other)).not.toContain("KIR");
  });
});
