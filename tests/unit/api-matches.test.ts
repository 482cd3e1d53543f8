import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import * as matchesRoute from "@/app/api/v1/needs/[id]/matches/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { matchListSchema } from "@/lib/api/match-resource";
import { db } from "@/lib/db";
import { issueApiToken, revokeApiToken } from "@/lib/dal/api/api-tokens";
import { createTestCompany, createTestMatch, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";
import { API_BASE as BASE, problemOf } from "../setup/api";

// GET /api/v1/needs/{id}/matches called directly with `new Request(...)`: a firm's token sees
// only its own needs' introductions (APPROVED and later), with the UMKM's contact.

let tokenA: string;
let tokenB: string;
let revoked: string;
let needA: { id: string };
let needB: { id: string };
const ids: Record<string, string> = {};

const get = (needId: string, token: string | null) =>
  matchesRoute.GET(
    new Request(`${BASE}/api/v1/needs/${needId}/matches`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    }),
    { params: Promise.resolve({ id: needId }) },
  );

beforeAll(async () => {
  await ensureUmkmReference();
  const [firmA, firmB] = [await createTestCompany(db), await createTestCompany(db)];
  const [staffA, staffB] = [
    await sessionUser("COMPANY_STAFF", { companyId: firmA.id }),
    await sessionUser("COMPANY_STAFF", { companyId: firmB.id }),
  ];
  tokenA = (await issueApiToken(staffA, firmA.id, "ERP Alfa")).token;
  tokenB = (await issueApiToken(staffB, firmB.id, "ERP Beta")).token;
  const old = await issueApiToken(staffA, firmA.id, "Lama");
  await revokeApiToken(staffA, firmA.id, old.id);
  revoked = old.token;
  needA = await createTestNeed(db, firmA.id);
  needB = await createTestNeed(db, firmB.id);
  const umkm = (name: string) =>
    createTestUmkm(db, {
      businessName: name,
      ownerName: `Pemilik ${name}`,
      phone: "+6281233334444",
      email: "kontak@umkm.test",
    });
  for (const [key, status, score] of [
    ["approved", "APPROVED", 81],
    ["signed", "AGREEMENT_SIGNED", 90.5],
    ["declined", "DECLINED", 60],
    ["suggested", "SUGGESTED", 99],
    ["shortlisted", "SHORTLISTED", 95],
    ["rejected", "REJECTED", 70],
  ] as const) {
    ids[key] = (await createTestMatch(db, needA.id, (await umkm(`UMKM ${key}`)).id, { status, score })).id;
  }
  await db.partnership.create({
    data: {
      matchId: ids.signed!,
      pattern: "RANTAI_PASOK",
      valueRp: 1_200_000_000n,
      startDate: new Date("2026-02-01"),
      endDate: new Date("2027-01-31"),
      signedAt: new Date("2026-01-15"),
    },
  });
  ids.otherFirm = (await createTestMatch(db, needB.id, (await umkm("UMKM beta")).id, { status: "APPROVED" })).id;
});

describe("GET /api/v1/needs/{id}/matches", () => {
  it("lists only the introductions of the token's firm's need, best score first, with contact and breakdown", async () => {
    const response = await get(needA.id, tokenA);
    expect(response.status).toBe(200);
    const body = matchListSchema.parse(await response.json());
    expect(body.items.map((m) => m.id)).toEqual([ids.signed, ids.approved, ids.declined]);
    expect(body.items.map((m) => m.status)).toEqual(["AGREEMENT_SIGNED", "APPROVED", "DECLINED"]);
    const signed = body.items[0]!;
    expect(signed.umkm).toMatchObject({
      businessName: "UMKM signed",
      ownerName: "Pemilik UMKM signed",
      phone: "+6281233334444",
      email: "kontak@umkm.test",
    });
    expect(signed.partnership).toMatchObject({
      pattern: "RANTAI_PASOK",
      valueRp: "1200000000",
      startDate: "2026-02-01",
      endDate: "2027-01-31",
    });
    expect(signed.scoreBreakdown.reasons[0]).toEqual({ key: "kbliSame5", params: { code: "56210" } });
    expect(signed.score).toBe(90.5);
  });

  it("never lists suggestions, shortlisted or rejected matches, however high their score", async () => {
    const body = matchListSchema.parse(await (await get(needA.id, tokenA)).json());
    for (const key of ["suggested", "shortlisted", "rejected"])
      expect(body.items.map((m) => m.id)).not.toContain(ids[key]);
  });

  it("answers another firm's need (and an unknown or malformed id) with 404 problem+json, revealing nothing", async () => {
    const other = await problemOf(await get(needB.id, tokenA), 404);
    expect(other.instance).toBe(`/api/v1/needs/${needB.id}/matches`);
    expect(JSON.stringify(other)).not.toContain("UMKM beta");
    await problemOf(await get(needA.id, tokenB), 404);
    await problemOf(await get("00000000-0000-4000-8000-00000000dead", tokenA), 404);
    await problemOf(await get("not-a-uuid", tokenA), 404);
    const own = matchListSchema.parse(await (await get(needB.id, tokenB)).json());
    expect(own.items.map((m) => m.id)).toEqual([ids.otherFirm]);
  });

  it("answers a missing, unknown or revoked token with 401", async () => {
    for (const token of [null, "kp_unknownunknownunknown", revoked]) await problemOf(await get(needA.id, token), 401);
  });

  it("is documented in the OpenAPI document, which stays valid", async () => {
    const doc = await openApiRoute.GET().json();
    expect(doc.paths["/api/v1/needs/{id}/matches"].get.operationId).toBe("listNeedMatches");
    expect(doc.components.schemas.MatchList.properties.items.items.properties.umkm.required).toEqual(
      expect.arrayContaining(["businessName", "phone", "email"]),
    );
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
