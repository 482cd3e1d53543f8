import { createHash } from "node:crypto";

/** Namespace of the seed's name-based UUIDs (a fixed random v4; never change it). */
const SEED_NAMESPACE = "3f1c2b9e-7d44-4c1a-9f3e-5b8a2d6c0e71";

/**
 * A deterministic UUID (version 5, RFC 9562: SHA-1 of namespace + name) for a seeded row,
 * e.g. seedUuid("umkm:0042"). Re-running the seed produces the same ids, so `createMany`
 * with `skipDuplicates` is idempotent and other rows can reference them without a lookup.
 */
export function seedUuid(name: string): string {
  const namespace = Buffer.from(SEED_NAMESPACE.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A seeded pseudo-random generator (mulberry32) with the helpers the demo data needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** BigInt in [min, max], rounded down to a multiple of `step` (amounts look hand-entered). */
  bigint(min: bigint, max: bigint, step = 100_000n): bigint {
    const span = Number(max - min);
    const value = min + BigInt(Math.floor(this.next() * span));
    const rounded = value - (value % step);
    return rounded < min ? min : rounded;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: items is a list of [value, weight]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** A string of `length` random decimal digits. */
  digits(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += String(this.int(0, 9));
    return out;
  }
}

/** UTC midnight of `date` plus `days` (Prisma @db.Date columns take UTC midnight). */
export function addDays(date: Date, days: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** UTC midnight of `date` plus `months` calendar months. */
export function addMonths(date: Date, months: number): Date {
  const d = addDays(date, 0);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}
