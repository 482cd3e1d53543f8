import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { toLocale } from "@/lib/i18n/config";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("English has exactly the keys of Indonesian (no untranslated or orphan text)", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("has no empty message", () => {
    const empty = [...keys(id), ...keys(en)].filter((key) => {
      const lookup = (catalogue: unknown) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);
      return lookup(id) === "" || lookup(en) === "";
    });
    expect(empty).toEqual([]);
  });

  it("defaults to Indonesian for unknown locales", () => {
    expect(toLocale("en")).toBe("en");
    expect(toLocale("fr")).toBe("id");
    expect(toLocale(undefined)).toBe("id");
  });
});
