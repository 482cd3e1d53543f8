// The registry's realistic filter shapes, one definition for `npm run bench:registry` (through
// listUmkm) and `npm run bench:http` (as /umkm URLs), so both measure the same combinations.
import type { RegistryFilter } from "../../../lib/validation/registry";

const REGENCIES = ["12.71", "12.07", "12.08", "12.05", "12.09", "12.18", "12.73"];
const SECTOR_WORDS = [
  ["56", "katering"],
  ["10", "keripik"],
  ["46", "sembako"],
  ["45", "servis"],
  ["14", "seragam"],
  ["01", "kopi"],
  ["96", "laundry"],
  ["49", "sewa mobil"],
] as const;
const WORDS = ["katering", "kopi", "laundry", "bengkel", "roti", "besi tua", "rental"];
const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

export type FilterShape = { name: string; filter: (i: number) => RegistryFilter };

/** The i-th filter of each shape rotates over kabupaten, sectors and words. */
export const FILTER_SHAPES = {
  main: {
    name: "kabupaten + KBLI prefix + text (main)",
    filter: (i) => ({
      regency: pick(REGENCIES, i),
      kbli: pick(SECTOR_WORDS, i * 7 + 3)[0],
      q: pick(SECTOR_WORDS, i * 7 + 3)[1],
    }),
  },
  regency: { name: "kabupaten only", filter: (i) => ({ regency: pick(REGENCIES, i) }) },
  text: { name: "text only", filter: (i) => ({ q: pick(WORDS, i) }) },
  kbliScaleNib: {
    name: "KBLI 5-digit + scale KECIL + has NIB",
    filter: (i) => ({ kbli: pick(["56210", "46900", "10794", "96200"], i), scale: "KECIL", nib: "yes" }),
  },
  districtText: {
    name: "kabupaten + kecamatan + text",
    filter: (i) => ({
      regency: "12.71",
      district: `12.71.${String((i % 21) + 1).padStart(2, "0")}`,
      q: pick(WORDS, i),
    }),
  },
  regencyScale: {
    name: "kabupaten + scale MIKRO",
    filter: (i) => ({ regency: pick(REGENCIES, i + 3), scale: "MIKRO" }),
  },
} satisfies Record<string, FilterShape>;
