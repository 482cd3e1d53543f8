import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/session-user";
import { MAX_IMPORT_MB } from "@/lib/domain/upload-limits";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

// The import route handlers called as Next.js calls them: session mocked, `after()` run at
// once (its promise kept to await), translations from the Indonesian catalogues.
const session = vi.hoisted(() => ({ user: null as SessionUser | null, pending: [] as Promise<unknown>[] }));
// Staging files go to a throw-away folder, not the checkout's storage/ (read once by lib/env).
vi.hoisted(() => {
  process.env.STORAGE_DIR = `${process.env.TMPDIR ?? "/tmp"}/umkm-import-routes-${process.pid}`;
});
vi.mock("@/lib/auth", () => ({ getSession: async () => session.user }));
vi.mock("next/server", () => ({ after: (task: () => Promise<unknown>) => session.pending.push(task()) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => {
  const catalogue: Record<string, unknown> = {
    umkmForm: JSON.parse(readFileSync("lib/i18n/messages/id/umkmForm.json", "utf8")),
    umkmImport: JSON.parse(readFileSync("lib/i18n/messages/id/umkmImport.json", "utf8")),
  };
  const lookup = (key: string) =>
    key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
  const t = (key: string, values: Record<string, unknown> = {}) =>
    String(lookup(key) ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  t.has = (key: string) => typeof lookup(key) === "string";
  return { getTranslations: async () => t };
});

const { POST: upload } = await import("@/app/api/umkm-imports/route");
const { GET: errorReport } = await import("@/app/api/umkm-imports/[id]/errors/route");
const { POST: commit } = await import("@/app/api/umkm-imports/[id]/commit/route");
const { POST: cancel } = await import("@/app/api/umkm-imports/[id]/cancel/route");

const TAG = `R${Date.now()}`;
const CSV = [
  "nama_usaha,nama_pemilik,kbli,produk,kode_kabupaten,kode_kecamatan,modal,omzet",
  `Warung ${TAG},Ani,56210,Nasi,12.71,12.71.01,1000000,5000000`,
  `Bengkel ${TAG},Budi,33110,Las,12.71,12.19.01,1000000,5000000`,
].join("\n");

function uploadRequest(origin = "http://localhost"): Request {
  const form = new FormData();
  form.append("file", new File([CSV], "umkm.csv", { type: "text/csv" }));
  return new Request("http://localhost/api/umkm-imports", {
    method: "POST",
    headers: { origin, host: "localhost" },
    body: form,
  });
}
const post = (url: string) =>
  new Request(url, { method: "POST", headers: { origin: "http://localhost", host: "localhost" } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

let diskop: SessionUser;
beforeAll(async () => {
  await ensureUmkmReference();
  diskop = await sessionUser("DISKOP_STAFF");
});

describe("POST /api/umkm-imports and the job's routes", () => {
  it("stores the upload, validates after the response, reports errors as CSV, then imports the valid row", async () => {
    session.user = diskop;
    const response = await upload(uploadRequest());
    expect(response.status).toBe(303);
    const jobId = /job=([0-9a-f-]{36})/.exec(response.headers.get("location") ?? "")?.[1] ?? "";
    await Promise.all(session.pending.splice(0));
    expect(await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "VALIDATED",
      validRows: 1,
      errorRows: 1,
    });

    const report = await errorReport(new Request(`http://localhost/api/umkm-imports/${jobId}/errors`), params(jobId));
    expect(report.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await report.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("baris,kolom,pesan,isi\r\n")).toBe(true);
    expect(text).toContain("3,kode_kecamatan,Kecamatan ini bukan bagian dari kabupaten/kota yang dipilih.,12.19.01");

    const done = await commit(post(`http://localhost/api/umkm-imports/${jobId}/commit`), params(jobId));
    expect(done.status).toBe(303);
    expect(await db.umkm.count({ where: { businessName: `Warung ${TAG}` } })).toBe(1);
    const again = await commit(post(`http://localhost/api/umkm-imports/${jobId}/commit`), params(jobId));
    expect(again.headers.get("location")).toBe(`/umkm/import?job=${jobId}&error=conflict`);
    expect(await db.umkm.count({ where: { businessName: `Warung ${TAG}` } })).toBe(1);
  });

  it("refuses anonymous, COMPANY_STAFF, UMKM_OWNER and cross-site posts without creating a job", async () => {
    const before = await db.importJob.count();
    session.user = null;
    expect((await upload(uploadRequest())).status).toBe(401);
    for (const role of ["COMPANY_STAFF", "UMKM_OWNER"] as const) {
      session.user = await sessionUser(role);
      const response = await upload(uploadRequest());
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    session.user = diskop;
    expect((await upload(uploadRequest("https://evil.example"))).status).toBe(403);
    expect(await db.importJob.count()).toBe(before);
  });

  it("hides another user's job (404) from its report, commit and cancel", async () => {
    session.user = diskop;
    const jobId = /job=([0-9a-f-]{36})/.exec((await upload(uploadRequest())).headers.get("location") ?? "")?.[1] ?? "";
    await Promise.all(session.pending.splice(0));
    session.user = await sessionUser("DISKOP_STAFF");
    expect((await errorReport(new Request("http://localhost/x"), params(jobId))).status).toBe(404);
    expect((await commit(post("http://localhost/x"), params(jobId))).status).toBe(404);
    expect((await cancel(post("http://localhost/x"), params(jobId))).status).toBe(404);
    expect((await commit(post("http://localhost/x"), params("not-a-uuid"))).status).toBe(404);
    session.user = diskop;
    expect((await cancel(post("http://localhost/x"), params(jobId))).status).toBe(303);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("CANCELLED");
  });

  it("accepts a 15 MB CSV whole; a 21 MB upload is refused unread as 'Berkas lebih dari 20 MB'", async () => {
    session.user = diskop;
    // Sent as a browser sends a form: a multipart body with its Content-Length.
    const multipart = async (content: string) => {
      const form = new FormData();
      form.append("file", new File([content], "besar.csv", { type: "text/csv" }));
      const encoded = new Response(form);
      const body = new Uint8Array(await encoded.arrayBuffer());
      const headers = {
        origin: "http://localhost",
        host: "localhost",
        "content-type": encoded.headers.get("content-type") ?? "",
        "content-length": String(body.byteLength),
      };
      return new Request("http://localhost/api/umkm-imports", { method: "POST", headers, body });
    };
    const padded = (megabytes: number) => `${CSV}\n${"\n".repeat(megabytes * 1024 * 1024 - CSV.length - 1)}`;
    const accepted = await upload(await multipart(padded(15)));
    const jobId = /job=([0-9a-f-]{36})/.exec(accepted.headers.get("location") ?? "")?.[1] ?? "";
    await Promise.all(session.pending.splice(0));
    expect(await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "VALIDATED",
      totalRows: 2,
    });
    await cancel(post(`http://localhost/api/umkm-imports/${jobId}/cancel`), params(jobId));

    const before = await db.importJob.count();
    const refused = await upload(await multipart(padded(21)));
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/umkm/import?error=fileTooLarge");
    expect(await db.importJob.count()).toBe(before);
    const page = JSON.parse(readFileSync("lib/i18n/messages/id/umkmImport.json", "utf8")) as {
      errors: { fileTooLarge: string };
    };
    expect(page.errors.fileTooLarge.replace("{maxMb}", String(MAX_IMPORT_MB))).toBe("Berkas lebih dari 20 MB.");
  }, 120_000);
});
