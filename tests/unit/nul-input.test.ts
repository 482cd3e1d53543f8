import { beforeAll, describe, expect, it } from "vitest";
import * as needRoute from "@/app/api/v1/needs/route";
import * as needIdRoute from "@/app/api/v1/needs/[id]/route";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { problemSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { issueApiToken } from "@/lib/dal/api/api-tokens";
import { listAuditEvents } from "@/lib/dal/audit";
import { listFirms } from "@/lib/dal/needs/firms";
import { listNeeds } from "@/lib/dal/needs/needs";
import { listUmkm } from "@/lib/dal/umkm/umkm";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { startUmkmImport, validateUmkmImport } from "@/lib/dal/umkm/umkm-import";
import type { SessionUser } from "@/lib/session-user";
import { needFilterSchema } from "@/lib/validation/needs";
import { registryFilterSchema } from "@/lib/validation/registry";
import { UMKM_ERROR_KEYS, umkmInputSchema } from "@/lib/validation/umkm";
import { createTestNeed } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser, tempStorageDir } from "../setup/umkm";
import { createNeedWorld, needInput } from "./needs-fixtures";
import { fieldErrorsOf } from "@/lib/forms/action-state";

// Issue 11: "a\u0000b" in a need title, a UMKM name, a search, an API body or query, an import
// cell reached PostgreSQL and failed with 22021 (a 500). Each is now a field error.

const NUL = "a\u0000b";
const BASE = "http://portal.test";
let w: Awaited<ReturnType<typeof createNeedWorld>>;
let token: string;
let officer: SessionUser;
let admin: SessionUser;
let diskop: SessionUser;

function request(path: string, init: { method?: string; body?: string } = {}) {
  const headers = new Headers({ Authorization: `Bearer ${token}` });
  if (init.body !== undefined) headers.set("Content-Type", "application/json");
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body: init.body });
}

async function fieldProblem(response: Response) {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return problemSchema.parse(await response.json()).errors ?? [];
}

beforeAll(async () => {
  await ensureUmkmReference();
  w = await createNeedWorld(db);
  const staff: SessionUser = {
    id: w.users.staffA.id,
    email: w.users.staffA.email,
    name: "Uji",
    role: "COMPANY_STAFF",
    companyId: w.firmA.id,
    umkmId: null,
    mustChangePassword: false,
  };
  token = (await issueApiToken(staff, w.firmA.id, "ERP NUL")).token;
  [officer, admin, diskop] = [
    await sessionUser("PMPTSP_OFFICER"),
    await sessionUser("ADMIN"),
    await sessionUser("DISKOP_STAFF"),
  ];
});

describe("/api/v1 bodies and queries", () => {
  it("POST with a NUL in the title is 400 naming the field (message in English, code textCharacter), and saves nothing", async () => {
    const before = await db.supplyNeed.count();
    const errors = await fieldProblem(
      await needRoute.POST(
        request("/api/v1/needs", { method: "POST", body: JSON.stringify(needInput({ title: `Katering ${NUL}` })) }),
      ),
    );
    expect(errors).toEqual([
      { path: "title", code: "textCharacter", message: expect.stringMatching(/not allowed \(such as NUL\)/) },
    ]);
    expect(await db.supplyNeed.count()).toBe(before);
  });

  it("a JSON \\ud800 escape (an unpaired surrogate) is refused the same way", async () => {
    const body = JSON.stringify(needInput()).replace('"porsi per hari"', '"porsi \\ud800"');
    const errors = await fieldProblem(await needRoute.POST(request("/api/v1/needs", { method: "POST", body })));
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual(["unit:textCharacter"]);
  });

  it("PATCH with a NUL in the description is 400 and leaves the need and its version alone", async () => {
    const need = await createTestNeed(db, w.firmA.id, { title: "Sewa mobil NUL" });
    const response = await needIdRoute.PATCH(
      request(`/api/v1/needs/${need.id}`, { method: "PATCH", body: JSON.stringify({ description: NUL, version: 1 }) }),
      { params: Promise.resolve({ id: need.id }) },
    );
    expect((await fieldProblem(response)).map((e) => `${e.path}:${e.code}`)).toEqual(["description:textCharacter"]);
    expect(
      await db.supplyNeed.findUniqueOrThrow({ where: { id: need.id }, select: { version: true, description: true } }),
    ).toMatchObject({ version: 1 });
  });

  it("GET /api/v1/needs?q=a%00b is 400 on `q`", async () => {
    const errors = await fieldProblem(await needRoute.GET(request("/api/v1/needs?q=a%00b")));
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual(["q:textCharacter"]);
  });
});

describe("searches of the list pages", () => {
  it("/needs?q= with a NUL is a filter error, never a query", async () => {
    const parsed = needFilterSchema.safeParse({ q: NUL });
    expect(parsed.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["q:textCharacter"]);
    // what the page lists instead: the same filter without `q`
    await expect(listNeeds(w.officer, needFilterSchema.parse({}))).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it("the registry refuses a NUL in `q` as INVALID_INPUT (the page shows it by the field)", async () => {
    expect(
      registryFilterSchema.safeParse({ q: NUL }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`),
    ).toEqual(["q:textCharacter"]);
    await expect(listUmkm(officer, { q: NUL })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("the firms list refuses a NUL in its search", async () => {
    await expect(listFirms(officer, NUL)).rejects.toMatchObject({ code: "INVALID_INPUT", message: "textCharacter" });
    await expect(listFirms(officer, "Alfa")).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: w.firmA.id })]),
    );
  });

  it("the audit log's text filters refuse a NUL", async () => {
    const parsed = auditFiltersSchema.safeParse({ action: NUL, actor: NUL });
    expect(parsed.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "action:textCharacter",
      "actor:textCharacter",
    ]);
    await expect(listAuditEvents(admin, auditFiltersSchema.parse({ actor: "a" }))).resolves.toMatchObject({
      rows: expect.any(Array),
    });
  });
});

describe("UMKM profile and import", () => {
  it("a NUL in the business name is a field error of the profile form's schema", async () => {
    const schema = umkmInputSchema(await getRegionReference());
    const result = schema.safeParse({
      businessName: `Warung ${NUL}`,
      ownerName: "Rudi",
      kbliCodes: "56210",
      productsText: "Nasi",
      regencyCode: "12.71",
      districtCode: "12.71.01",
      capitalRp: "1000000",
      annualSalesRp: "1000000",
    });
    expect(fieldErrorsOf(result.error!, UMKM_ERROR_KEYS)).toEqual({ businessName: "textCharacter" });
  });

  it("an import names the row and column of a NUL cell and still stages the other rows", async () => {
    const run = `N${Date.now()}`;
    const header = "business_name;owner_name;kbli_codes;products;regency_code;district_code;capital_rp;annual_sales_rp";
    const row = (name: string, products = "Nasi kotak") =>
      [`${name} ${run}`, "Budi", "56210", products, "12.71", "12.71.01", "150000000", "600000000"].join(";");
    const csv = [
      header,
      row("Katering A"),
      row("Katering\u0000B"),
      row("Katering C", "Kue\u0000basah"),
      row("Katering D"),
    ].join("\n");
    const dir = tempStorageDir();
    const job = await startUmkmImport(diskop, { name: "nul.csv", bytes: new TextEncoder().encode(csv) }, { dir });
    const validated = await validateUmkmImport(diskop, job.id, { dir });
    expect(validated).toMatchObject({ status: "VALIDATED", totalRows: 4, validRows: 2, errorRows: 2 });
    expect(validated.errors).toEqual([
      { line: 3, column: "business_name", key: "textCharacter", value: `Katering\u2400B ${run}` },
      { line: 4, column: "products", key: "textCharacter", value: "Kue\u2400basah" },
    ]);
    expect(await db.umkmImportRow.count({ where: { jobId: job.id } })).toBe(2);
  });
});
