import { describe, expect, it } from "vitest";
import { downloadResponse } from "@/lib/http/download";

describe("downloadResponse", () => {
  it("is always a download with the checked type, nosniff, not cached, and the exact bytes", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.4 scan");
    const response = downloadResponse({ bytes, mimeType: "application/pdf", fileName: "NIB Katering Nauli.pdf" });
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Length")).toBe(String(bytes.byteLength));
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; /);
    expect(response.headers.get("Content-Disposition")).toContain("filename*=UTF-8''NIB%20Katering%20Nauli.pdf");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});
