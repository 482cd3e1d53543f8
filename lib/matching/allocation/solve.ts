import loadHighs, { type Highs } from "highs";

/**
 * Portfolio allocation as a linear programme (DESIGN.md "Matching service", issue 7): pick
 * introductions (need, UMKM) that maximise the total score, with at most `slots` UMKM per need
 * and at most `capacity` needs per UMKM, each pair at most once. This is a transportation
 * problem: its constraint matrix (one row per need, one per UMKM, each variable in exactly one
 * of each) is totally unimodular, so the LP relaxation 0 ≤ x ≤ 1 already has an integral
 * optimum at a vertex, which the simplex method returns. HiGHS (WebAssembly) reads the model in
 * CPLEX LP format and solves it; the result is still rounded and checked against every slot and
 * capacity before it is returned.
 */

export type AllocationNeed = { id: string; slots: number };
export type AllocationUmkm = { id: string; capacity: number };
export type AllocationEdge = { needId: string; umkmId: string; score: number };
export type AllocationAssignment = AllocationEdge;

export type AllocationStats = {
  /** Needs and UMKM that take part (positive slots/capacity and at least one usable edge). */
  needs: number;
  umkm: number;
  /** Columns and rows of the LP. */
  variables: number;
  constraints: number;
  solverMs: number;
  /** Variables whose LP value was not 0 or 1 (always 0 for a vertex optimum; checked, not assumed). */
  fractional: number;
  /** Assignments dropped by the defensive feasibility repair (always 0 unless the solver misbehaved). */
  repaired: number;
};

export type AllocationResult = { assignments: AllocationAssignment[]; objective: number; stats: AllocationStats };

let highsInstance: Promise<Highs> | null = null;

/** The WebAssembly solver, loaded once per process (compiling the module takes ~100 ms). */
function highs(): Promise<Highs> {
  highsInstance ??= loadHighs().catch((error: unknown) => {
    highsInstance = null;
    throw error;
  });
  return highsInstance;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Usable edges: known need and UMKM with room, positive score, one per pair (the best score). */
function usableEdges(input: { needs: AllocationNeed[]; umkm: AllocationUmkm[]; edges: AllocationEdge[] }) {
  const slots = new Map(input.needs.filter((n) => Math.floor(n.slots) > 0).map((n) => [n.id, Math.floor(n.slots)]));
  const capacity = new Map(
    input.umkm.filter((u) => Math.floor(u.capacity) > 0).map((u) => [u.id, Math.floor(u.capacity)]),
  );
  const best = new Map<string, AllocationEdge>();
  for (const edge of input.edges) {
    if (!(edge.score > 0) || !slots.has(edge.needId) || !capacity.has(edge.umkmId)) continue;
    const key = `${edge.needId}\u0000${edge.umkmId}`;
    const seen = best.get(key);
    if (!seen || edge.score > seen.score) best.set(key, edge);
  }
  return { slots, capacity, edges: [...best.values()] };
}

/** The model in CPLEX LP format: x<i> for edge i, one row per need (n<j>) and per UMKM (u<k>). */
function lpModel(edges: AllocationEdge[], slots: Map<string, number>, capacity: Map<string, number>) {
  const needRows = new Map<string, number[]>();
  const umkmRows = new Map<string, number[]>();
  edges.forEach((edge, i) => {
    (needRows.get(edge.needId) ?? needRows.set(edge.needId, []).get(edge.needId)!).push(i);
    (umkmRows.get(edge.umkmId) ?? umkmRows.set(edge.umkmId, []).get(edge.umkmId)!).push(i);
  });
  const lines = ["Maximize", ` obj: ${edges.map((edge, i) => `${edge.score} x${i}`).join("\n + ")}`, "Subject To"];
  let constraints = 0;
  const addRows = (prefix: string, rows: Map<string, number[]>, bound: Map<string, number>) => {
    let k = 0;
    for (const [id, columns] of rows) {
      const limit = bound.get(id)!;
      k += 1;
      // A row with no more columns than its bound can never bind (each x ≤ 1): leave it out.
      if (columns.length <= limit) continue;
      lines.push(` ${prefix}${k}: ${columns.map((i) => `x${i}`).join(" + ")} <= ${limit}`);
      constraints += 1;
    }
  };
  addRows("n", needRows, slots);
  addRows("u", umkmRows, capacity);
  lines.push("Bounds", ...edges.map((_, i) => ` 0 <= x${i} <= 1`), "End");
  return { text: lines.join("\n"), constraints, needs: needRows.size, umkm: umkmRows.size };
}

/**
 * Keeps the chosen edges within every slot and capacity (highest score first). A vertex
 * optimum of this LP never needs it; it guards against a misbehaving solver build.
 */
function enforceFeasibility(chosen: AllocationEdge[], slots: Map<string, number>, capacity: Map<string, number>) {
  const usedSlots = new Map<string, number>();
  const usedCapacity = new Map<string, number>();
  const kept: AllocationEdge[] = [];
  for (const edge of [...chosen].sort((a, b) => b.score - a.score)) {
    const s = usedSlots.get(edge.needId) ?? 0;
    const c = usedCapacity.get(edge.umkmId) ?? 0;
    if (s >= slots.get(edge.needId)! || c >= capacity.get(edge.umkmId)!) continue;
    usedSlots.set(edge.needId, s + 1);
    usedCapacity.set(edge.umkmId, c + 1);
    kept.push(edge);
  }
  return kept;
}

const byNeedThenScore = (a: AllocationEdge, b: AllocationEdge) =>
  a.needId.localeCompare(b.needId) || b.score - a.score || a.umkmId.localeCompare(b.umkmId);

/**
 * Maximises the total score of the chosen introductions subject to each need's `slots` and each
 * UMKM's remaining `capacity`, each edge used at most once. Zero-capacity UMKM, needs without
 * slots and edges with score ≤ 0 are skipped. Returns the assignments (by need, best first),
 * their total score (2 decimals) and solver statistics. Throws when HiGHS does not report an
 * optimum (it always exists: x = 0 is feasible and the LP is bounded).
 */
export async function solveAllocation(input: {
  needs: AllocationNeed[];
  umkm: AllocationUmkm[];
  edges: AllocationEdge[];
}): Promise<AllocationResult> {
  const { slots, capacity, edges } = usableEdges(input);
  const empty: AllocationStats = {
    needs: 0,
    umkm: 0,
    variables: 0,
    constraints: 0,
    solverMs: 0,
    fractional: 0,
    repaired: 0,
  };
  if (edges.length === 0) return { assignments: [], objective: 0, stats: empty };
  const model = lpModel(edges, slots, capacity);
  const solver = await highs();
  const started = performance.now();
  // The persistent-model API: the one-shot solve() builds a keyed object per column and row,
  // which costs more than the solve itself (5,000 columns: ~600 ms against ~140 ms).
  const values = solver.withModel({ format: "lp", data: model.text }, (lp) => {
    lp.options.set({ output_flag: false });
    lp.run();
    const status = lp.getModelStatus();
    if (status !== solver.constants.modelStatus.optimal)
      throw new Error(`allocation solver ended with model status ${status}`);
    const colValue = lp.getSolution().colValue;
    // Columns are numbered in order of first appearance (the objective lists x0, x1, … in order).
    // Check that on a sample (a name lookup per column costs ~20 µs) and map by name if it fails.
    const step = Math.max(1, Math.floor(colValue.length / 50));
    let isPositional = colValue.length === edges.length;
    for (let j = 0; isPositional && j < colValue.length; j += step) isPositional = lp.getColName(j) === `x${j}`;
    if (isPositional && lp.getColName(colValue.length - 1) === `x${colValue.length - 1}`)
      return Float64Array.from(colValue);
    const byEdge = new Float64Array(edges.length);
    for (let j = 0; j < colValue.length; j++) byEdge[Number(lp.getColName(j).slice(1))] = colValue[j] ?? 0;
    return byEdge;
  });
  const solverMs = Math.round((performance.now() - started) * 10) / 10;
  let fractional = 0;
  const chosen = edges.filter((_, i) => {
    const value = values[i] ?? 0;
    if (Math.abs(value - Math.round(value)) > 1e-6) fractional += 1;
    return value > 0.5;
  });
  const assignments = enforceFeasibility(chosen, slots, capacity).sort(byNeedThenScore);
  const objective = round2(assignments.reduce((sum, a) => sum + a.score, 0));
  return {
    assignments,
    objective,
    stats: {
      needs: model.needs,
      umkm: model.umkm,
      variables: edges.length,
      constraints: model.constraints,
      solverMs,
      fractional,
      repaired: chosen.length - assignments.length,
    },
  };
}
