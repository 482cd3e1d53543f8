import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { listNeeds } from "@/lib/dal/needs/needs";
import { addDaysIso, fromIsoDate, todayIso } from "@/lib/dates";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/actor";
import { needFilterSchema } from "@/lib/validation/needs";
import { createTestNeed } from "@/prisma/seed/factories";
import { testDatabaseUrl } from "../setup/db";
import { createNeedWorld } from "./needs-fixtures";

// The needs page's default (issue 14): finished (CLOSED/CANCELLED) and OPEN-past-deadline needs
// are hidden unless `show=all`; an explicit status filter wins; each role still sees only what
// it may. Every query is scoped to this file's own firms, so other files' rows never count.

let db: Db;
let w: Awaited<ReturnType<typeof createNeedWorld>>;
const ids: Record<string, string> = {};

const titles = async (actor: Actor, input: Record<string, unknown>, currentOnly: boolean) =>
  (await listNeeds(actor, needFilterSchema.parse({ limit: 100, ...input }), { currentOnly })).items
    .map((n) => n.title)
    .sort();

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 2);
  w = await createNeedWorld(db);
  const past = fromIsoDate(addDaysIso(todayIso(), -3));
  const make = async (key: string, firmId: string, status: NeedStatus, responseDeadline?: Date) => {
    ids[key] = (
      await createTestNeed(db, firmId, { title: key, status, ...(responseDeadline && { responseDeadline }) })
    ).id;
  };
  await make("A-open", w.firmA.id, "OPEN");
  await make("A-open-past", w.firmA.id, "OPEN", past);
  await make("A-matching-past", w.firmA.id, "MATCHING", past);
  await make("A-draft", w.firmA.id, "DRAFT");
  await make("A-closed", w.firmA.id, "CLOSED");
  await make("A-cancelled", w.firmA.id, "CANCELLED");
  await make("B-open", w.firmB.id, "OPEN");
  await make("B-closed", w.firmB.id, "CLOSED");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("needs list default", () => {
  it("hides CLOSED, CANCELLED and OPEN needs past their deadline; keeps work in progress", async () => {
    expect(await titles(w.officer, { firm: w.firmA.id }, true)).toEqual(["A-draft", "A-matching-past", "A-open"]);
  });

  it("shows everything with show=all (currentOnly off), as the API does", async () => {
    expect(await titles(w.officer, { firm: w.firmA.id }, false)).toEqual([
      "A-cancelled",
      "A-closed",
      "A-draft",
      "A-matching-past",
      "A-open",
      "A-open-past",
    ]);
  });

  it("lets an explicit status filter win over the default", async () => {
    expect(await titles(w.officer, { firm: w.firmA.id, status: "CLOSED" }, true)).toEqual(["A-closed"]);
    expect(await titles(w.officer, { firm: w.firmA.id, status: "OPEN" }, true)).toEqual(["A-open", "A-open-past"]);
  });

  it("keeps every firm to its own needs, by default and with show=all", async () => {
    expect(await titles(w.staffA, { firm: w.firmB.id }, true)).toEqual([]);
    expect(await titles(w.staffB, {}, true)).toEqual(["B-open"]);
    expect(await titles(w.staffB, {}, false)).toEqual(["B-closed", "B-open"]);
    expect((await titles(w.staffA, {}, false)).every((t) => t.startsWith("A-"))).toBe(true);
  });

  it("keeps Diskop to published needs and refuses UMKM owners", async () => {
    expect(await titles(w.diskop, { firm: w.firmA.id }, true)).toEqual(["A-matching-past", "A-open"]);
    expect(await titles(w.diskop, { firm: w.firmA.id }, false)).toEqual(["A-matching-past", "A-open", "A-open-past"]);
    await expect(listNeeds(w.umkmOwner, needFilterSchema.parse({}), { currentOnly: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
