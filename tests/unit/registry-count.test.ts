import { createTranslator } from "use-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

// The registry's count line (app/(portal)/umkm/page.tsx): an estimate is compact and marked "±"
// in the reader's language, an exact total is written out.

async function translator(locale: "id" | "en") {
  const messages = { registryCount: (await loadMessages(locale)).registryCount as Record<string, string> };
  return createTranslator({ locale, messages, namespace: "registryCount" });
}

describe("registry count line", () => {
  it("shows the estimate compactly in Indonesian and English", async () => {
    const [id, en] = await Promise.all([translator("id"), translator("en")]);
    expect(id("shownOfEstimate", { shown: 50, total: 1_200_300 })).toBe("Menampilkan 50 dari ±1,2 juta");
    expect(en("shownOfEstimate", { shown: 50, total: 1_200_300 })).toBe("Showing 50 of ±1.2 million");
    expect(id("shownOfEstimate", { shown: 50, total: 4_520 })).toBe("Menampilkan 50 dari ±4,5 ribu");
    expect(en("shownOfEstimate", { shown: 50, total: 212_345 })).toBe("Showing 50 of ±212 thousand");
  });

  it("writes an exact total out, grouped the reader's way", async () => {
    const [id, en] = await Promise.all([translator("id"), translator("en")]);
    expect(id("shownOfExact", { shown: 12, total: 12 })).toBe("Menampilkan 12 dari 12");
    expect(en("shownOfExact", { shown: 50, total: 1_250 })).toBe("Showing 50 of 1,250");
    expect(id("shownOfExact", { shown: 50, total: 1_250 })).toBe("Menampilkan 50 dari 1.250");
  });
});
