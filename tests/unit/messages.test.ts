import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toLocale } from "@/lib/i18n/config";
import { loadMessages, NAMESPACES } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}

describe("message catalogues", () => {
  it("lists every catalogue file of both locales as a namespace", () => {
    for (const locale of ["id", "en"]) {
      const files = fs.readdirSync(path.join("lib/i18n/messages", locale)).map((file) => file.replace(/\.json$/, ""));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it("English has exactly the keys of Indonesian (no untranslated or orphan text)", async () => {
    const [id, en] = await Promise.all([loadMessages("id"), loadMessages("en")]);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("has no empty message", async () => {
    const [id, en] = await Promise.all([loadMessages("id"), loadMessages("en")]);
    expect([...leaves(id), ...leaves(en)].filter((text) => typeof text !== "string" || text.trim() === "")).toEqual([]);
  });

  it("defaults to Indonesian for unknown locales", () => {
    expect(toLocale("en")).toBe("en");
    expect(toLocale("fr")).toBe("id");
    expect(toLocale(undefined)).toBe("id");
  });
});
