import { describe, expect, it } from "vitest";
import { isUuid, UUID_SOURCE } from "@/lib/validation/ids";

describe("isUuid", () => {
  it("accepts 8-4-4-4-12 hex in either case, any version (seeded fixed ids are not all RFC 4122)", () => {
    expect(isUuid("3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b")).toBe(true);
    expect(isUuid("3F2B8C1E-9A4D-4E7F-8B21-0C5D6E7F8A9B")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000001")).toBe(true);
  });

  it("refuses 36 characters of the loose [0-9a-f-]{36} shape that PostgreSQL would reject as uuid (a 500)", () => {
    // Each of these passed the old /^[0-9a-f-]{36}$/i copies.
    for (const loose of [
      "-".repeat(36),
      "a".repeat(36),
      "3f2b8c1e9a4d-4e7f-8b21-0c5d6e7f8a9b-",
      "3f2b8c1e-9a4d4-e7f-8b21-0c5d6e7f8a9b",
    ]) {
      expect(/^[0-9a-f-]{36}$/i.test(loose)).toBe(true);
      expect(isUuid(loose)).toBe(false);
    }
  });

  it("refuses other lengths, other characters, surrounding text and non-strings", () => {
    for (const value of [
      "",
      "3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9",
      "3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9bb",
      "3f2b8c1g-9a4d-4e7f-8b21-0c5d6e7f8a9b",
      " 3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b",
      "3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b\n",
      "{3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b}",
    ]) {
      expect(isUuid(value)).toBe(false);
    }
    expect(isUuid(null)).toBe(false);
    expect(isUuid(42)).toBe(false);
  });

  it("UUID_SOURCE composes into larger patterns with the same rule", () => {
    const pair = new RegExp(`^${UUID_SOURCE}/${UUID_SOURCE}$`, "i");
    expect(pair.test("3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b/00000000-0000-0000-0000-000000000001")).toBe(true);
    expect(pair.test(`${"-".repeat(36)}/${"-".repeat(36)}`)).toBe(false);
  });
});
