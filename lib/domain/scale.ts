import type { UmkmScale } from "@/lib/generated/prisma/enums";

/**
 * Upper bounds (inclusive) of each class under PP 7/2021 Pasal 35: capital (modal usaha,
 * excluding land and buildings) and annual sales, in rupiah. Kept as BigInt because the
 * registry stores money as BigInt and the boundaries must compare exactly.
 */
export const SCALE_LIMITS = {
  MIKRO: { capitalRp: 1_000_000_000n, salesRp: 2_000_000_000n },
  KECIL: { capitalRp: 5_000_000_000n, salesRp: 15_000_000_000n },
  MENENGAH: { capitalRp: 10_000_000_000n, salesRp: 50_000_000_000n },
} as const;

const ORDER: readonly UmkmScale[] = ["MIKRO", "KECIL", "MENENGAH", "BESAR"];

function classOf(amount: bigint, key: "capitalRp" | "salesRp"): number {
  if (amount <= SCALE_LIMITS.MIKRO[key]) return 0;
  if (amount <= SCALE_LIMITS.KECIL[key]) return 1;
  if (amount <= SCALE_LIMITS.MENENGAH[key]) return 2;
  return 3;
}

/**
 * Scale of a business under PP 7/2021 from its capital and annual sales (rupiah, BigInt).
 * Each criterion gives a class on its own; the business belongs to the HIGHER of the two
 * (a micro capital with small-business sales is KECIL). Boundaries are inclusive: exactly
 * Rp1 bn capital is still MIKRO, Rp1 bn + 1 is KECIL. The database has a CHECK with the same
 * rule, so a row whose stored `scale` disagrees with this function is refused.
 *
 * @throws RangeError when an amount is negative.
 */
export function classifyScale(capitalRp: bigint, annualSalesRp: bigint): UmkmScale {
  if (capitalRp < 0n || annualSalesRp < 0n) {
    throw new RangeError("capital and annual sales must not be negative");
  }
  const index = Math.max(classOf(capitalRp, "capitalRp"), classOf(annualSalesRp, "salesRp"));
  return ORDER[index] ?? "BESAR";
}

/** Position of a scale in MIKRO < KECIL < MENENGAH < BESAR, for range checks (min/max scale). */
export function scaleRank(scale: UmkmScale): number {
  return ORDER.indexOf(scale);
}
