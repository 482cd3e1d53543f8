import { describe, expect, it } from "vitest";
import {
  solveAllocation,
  type AllocationEdge,
  type AllocationNeed,
  type AllocationUmkm,
} from "@/lib/matching/allocation/solve";
import { Rng } from "@/prisma/seed/random";

type Instance = { needs: AllocationNeed[]; umkm: AllocationUmkm[]; edges: AllocationEdge[] };

/** Every slot and capacity respected, each edge at most once, only edges that exist with score > 0. */
function expectFeasible(instance: Instance, assignments: AllocationEdge[]) {
  const perNeed = new Map<string, number>();
  const perUmkm = new Map<string, number>();
  const pairs = new Set<string>();
  for (const a of assignments) {
    const pair = `${a.needId}/${a.umkmId}`;
    expect(pairs.has(pair), `${pair} used twice`).toBe(false);
    pairs.add(pair);
    const edge = instance.edges.find((e) => e.needId === a.needId && e.umkmId === a.umkmId && e.score === a.score);
    expect(edge && edge.score > 0, `${pair} is not a positive edge of the instance`).toBe(true);
    perNeed.set(a.needId, (perNeed.get(a.needId) ?? 0) + 1);
    perUmkm.set(a.umkmId, (perUmkm.get(a.umkmId) ?? 0) + 1);
  }
  for (const need of instance.needs) expect(perNeed.get(need.id) ?? 0).toBeLessThanOrEqual(Math.max(need.slots, 0));
  for (const umkm of instance.umkm) expect(perUmkm.get(umkm.id) ?? 0).toBeLessThanOrEqual(Math.max(umkm.capacity, 0));
}

/** The best total score by enumerating every feasible subset of edges (small instances only). */
function bruteForceOptimum({ needs, umkm, edges }: Instance): number {
  const slots = new Map(needs.map((n) => [n.id, n.slots]));
  const capacity = new Map(umkm.map((u) => [u.id, u.capacity]));
  let best = 0;
  const visit = (i: number, total: number) => {
    if (i === edges.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    const edge = edges[i]!;
    const s = slots.get(edge.needId) ?? 0;
    const c = capacity.get(edge.umkmId) ?? 0;
    if (edge.score > 0 && s > 0 && c > 0) {
      slots.set(edge.needId, s - 1);
      capacity.set(edge.umkmId, c - 1);
      visit(i + 1, total + edge.score);
      slots.set(edge.needId, s);
      capacity.set(edge.umkmId, c);
    }
  };
  visit(0, 0);
  return Math.round(best * 100) / 100;
}

const e = (needId: string, umkmId: string, score: number): AllocationEdge => ({ needId, umkmId, score });

describe("solveAllocation: table", () => {
  const cases: { name: string; instance: Instance; objective: number; pairs: string[] }[] = [
    { name: "nothing to allocate", instance: { needs: [], umkm: [], edges: [] }, objective: 0, pairs: [] },
    {
      name: "a need with two slots takes its two best UMKM",
      instance: {
        needs: [{ id: "n1", slots: 2 }],
        umkm: [
          { id: "a", capacity: 1 },
          { id: "b", capacity: 1 },
          { id: "c", capacity: 1 },
        ],
        edges: [e("n1", "a", 50), e("n1", "b", 70), e("n1", "c", 60)],
      },
      objective: 130,
      pairs: ["n1/b", "n1/c"],
    },
    {
      name: "beats greedy: the best UMKM goes where it loses least",
      instance: {
        needs: [
          { id: "n1", slots: 1 },
          { id: "n2", slots: 1 },
        ],
        umkm: [
          { id: "a", capacity: 1 },
          { id: "b", capacity: 1 },
        ],
        edges: [e("n1", "a", 90), e("n2", "a", 80), e("n1", "b", 85), e("n2", "b", 10)],
      },
      objective: 165,
      pairs: ["n1/b", "n2/a"],
    },
    {
      name: "a UMKM with capacity 2 serves two needs, not three",
      instance: {
        needs: [
          { id: "n1", slots: 1 },
          { id: "n2", slots: 1 },
          { id: "n3", slots: 1 },
        ],
        umkm: [{ id: "a", capacity: 2 }],
        edges: [e("n1", "a", 40), e("n2", "a", 60), e("n3", "a", 50)],
      },
      objective: 110,
      pairs: ["n2/a", "n3/a"],
    },
    {
      name: "zero-capacity UMKM, needs without slots, non-positive scores and unknown ids are skipped",
      instance: {
        needs: [
          { id: "n1", slots: 2 },
          { id: "n2", slots: 0 },
        ],
        umkm: [
          { id: "a", capacity: 0 },
          { id: "b", capacity: 1 },
          { id: "c", capacity: 1 },
        ],
        edges: [
          e("n1", "a", 99),
          e("n2", "b", 99),
          e("n1", "b", 0),
          e("n1", "c", -5),
          e("n1", "zz", 80),
          e("n9", "c", 80),
        ],
      },
      objective: 0,
      pairs: [],
    },
    {
      name: "a pair listed twice is used once (its best score)",
      instance: {
        needs: [{ id: "n1", slots: 3 }],
        umkm: [{ id: "a", capacity: 3 }],
        edges: [e("n1", "a", 30), e("n1", "a", 45)],
      },
      objective: 45,
      pairs: ["n1/a"],
    },
    {
      name: "more slots than candidates: every positive candidate is proposed",
      instance: {
        needs: [{ id: "n1", slots: 5 }],
        umkm: [
          { id: "a", capacity: 1 },
          { id: "b", capacity: 1 },
        ],
        edges: [e("n1", "a", 12.5), e("n1", "b", 33.25)],
      },
      objective: 45.75,
      pairs: ["n1/a", "n1/b"],
    },
  ];
  for (const { name, instance, objective, pairs } of cases) {
    it(name, async () => {
      const result = await solveAllocation(instance);
      expect(result.objective).toBe(objective);
      expect(result.assignments.map((a) => `${a.needId}/${a.umkmId}`).sort()).toEqual(pairs);
      expectFeasible(instance, result.assignments);
      expect(result.stats).toMatchObject({ fractional: 0, repaired: 0 });
    });
  }

  it("ties: equal scores give the same optimal total whichever UMKM is chosen", async () => {
    const instance = {
      needs: [{ id: "n1", slots: 1 }],
      umkm: [
        { id: "a", capacity: 1 },
        { id: "b", capacity: 1 },
      ],
      edges: [e("n1", "a", 70), e("n1", "b", 70)],
    };
    const result = await solveAllocation(instance);
    expect(result.objective).toBe(70);
    expect(result.assignments).toHaveLength(1);
  });

  it("reports the LP's size: one variable per usable edge, rows only where a bound can bind", async () => {
    const result = await solveAllocation({
      needs: [
        { id: "n1", slots: 1 },
        { id: "n2", slots: 3 },
      ],
      umkm: [
        { id: "a", capacity: 1 },
        { id: "b", capacity: 5 },
      ],
      edges: [e("n1", "a", 10), e("n1", "b", 20), e("n2", "a", 30), e("n2", "b", 40)],
    });
    // n1 (2 edges, 1 slot) and a (2 edges, capacity 1) can bind; n2 and b cannot.
    expect(result.stats).toMatchObject({ needs: 2, umkm: 2, variables: 4, constraints: 2 });
    expect(result.objective).toBe(90); // n2/a 30 + n2/b 40 + n1/b 20
  });
});

describe("solveAllocation: property — optimal and feasible against brute force", () => {
  it("matches exhaustive enumeration on 300 random instances (≤ 4 needs × ≤ 5 UMKM)", async () => {
    const rng = new Rng(20261128);
    for (let round = 0; round < 300; round += 1) {
      const needs = Array.from({ length: rng.int(1, 4) }, (_, i) => ({ id: `n${i}`, slots: rng.int(0, 3) }));
      const umkm = Array.from({ length: rng.int(1, 5) }, (_, i) => ({ id: `u${i}`, capacity: rng.int(0, 2) }));
      const edges = needs.flatMap((n) =>
        umkm.filter(() => rng.chance(0.7)).map((u) => e(n.id, u.id, rng.chance(0.1) ? 0 : rng.int(1, 10_000) / 100)),
      );
      const instance = { needs, umkm, edges };
      const result = await solveAllocation(instance);
      expectFeasible(instance, result.assignments);
      expect(result.objective, `instance ${round}: ${JSON.stringify(instance)}`).toBe(bruteForceOptimum(instance));
      expect(result.objective).toBe(Math.round(result.assignments.reduce((s, a) => s + a.score, 0) * 100) / 100);
      expect(result.stats.fractional).toBe(0);
    }
  });
});
