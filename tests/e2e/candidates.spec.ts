import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seedUuid } from "../../prisma/seed/random";
import { demoUser, signIn } from "./helpers";

// Issue 14, the candidates page: a compact table whose filters live in the URL (GET form),
// bulk approval with one version check per row (a row someone changed in between is refused,
// the rest go through), and the focus on the outcome after "Jalankan pencocokan" and "Setujui".
// Deli Pangan's snacks need: no other spec decides its matches.

const NEED_ID = seedUuid("need:deli-snacks");
const PATH = `/needs/${NEED_ID}/matches`;
const SHOTS = process.env.SHOTS_DIR ?? "/work/shots";

async function newPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Full-page screenshots at desktop and phone width, with the page's height (for the closing note). */
async function shoot(page: Page, name: string): Promise<Record<string, number>> {
  const heights: Record<string, number> = {};
  if (!fs.existsSync(SHOTS)) return heights;
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    heights[label] = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return heights;
}

test("candidates table: run focuses its result; filters narrow the rows and survive reload; bulk approval refuses the stale row and approves the rest; focus after approval", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const officer = await newPage(browser, demoUser("PMPTSP_OFFICER").email);
  await officer.goto(PATH);

  // 1. Run matching: the live status says what happened and has the focus.
  await officer.getByRole("button", { name: "Jalankan pencocokan" }).click();
  const runStatus = officer.getByTestId("run-matching-status");
  await expect(runStatus).toContainText("Pencocokan selesai", { timeout: 60_000 });
  await expect(runStatus).toBeFocused();
  await officer.reload();
  const rows = officer.getByTestId("candidate-row");
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  expect(all).toBeGreaterThan(3);
  // Reasons are closed until asked for: one disclosure per row.
  await expect(officer.getByTestId("candidate").first().getByTestId("score-reasons")).toBeHidden();
  const heights = await shoot(officer, "candidates-after");
  fs.writeFileSync(`${SHOTS}/candidates-after.json`, JSON.stringify({ rows: all, heights }, null, 2));

  // 2. Filters: "dokumen siap" + "kabupaten sama" keep exactly the rows that are both.
  const facts = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      ready: tr.querySelector("[data-ready]")?.getAttribute("data-ready") === "true",
      regency: tr.querySelector('[data-label="Kabupaten/kota"]')?.textContent?.trim(),
    })),
  );
  const expected = facts.filter((f) => f.ready && f.regency === "Kota Medan").length;
  expect(expected).toBeLessThan(all);
  await officer.getByLabel("Dokumen siap").check();
  await officer.getByLabel("Kabupaten/kota sama dengan lokasi pengiriman").check();
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await expect(officer).toHaveURL(/ready=1/);
  await expect(officer).toHaveURL(/sameRegency=1/);
  await expect(rows).toHaveCount(expected);
  for (const cell of await rows.locator('[data-label="Kabupaten/kota"]').allTextContents()) {
    expect(cell.trim()).toBe("Kota Medan");
  }
  // The choice is the URL's: a reload keeps it.
  await officer.reload();
  await expect(officer.getByLabel("Dokumen siap")).toBeChecked();
  await expect(rows).toHaveCount(expected);
  // A scale filter narrows too (the need takes MIKRO and KECIL).
  await officer.goto(`${PATH}?scale=MIKRO`);
  expect(await rows.count()).toBeLessThanOrEqual(all);
  for (const cell of await rows.locator('[data-label="Skala"]').allTextContents()) expect(cell.trim()).toBe("Mikro");
  // An invalid value is said plainly, and the list is shown unfiltered.
  await officer.goto(`${PATH}?scale=RAKSASA&page=nol`);
  await expect(officer.getByTestId("filter-invalid")).toContainText("skala");
  await expect(officer.getByTestId("filter-invalid")).toContainText("halaman");
  await expect(rows).toHaveCount(all);

  // 3. Bulk approval: three rows ticked; meanwhile the admin shortlists the second one.
  await officer.goto(PATH);
  const selectable = rows.filter({ has: officer.getByTestId("select-row") });
  const ids: string[] = [];
  for (const index of [0, 1, 2]) {
    const row = selectable.nth(index);
    ids.push((await row.getAttribute("data-match-id"))!);
    await row.getByTestId("select-row").check();
  }
  const admin = await newPage(browser, demoUser("ADMIN").email);
  await admin.goto(`/matches/${ids[1]}`);
  await admin.getByRole("button", { name: "Masukkan daftar pendek" }).click();
  await expect(admin.getByTestId("match-updated")).toHaveText("Perubahan tersimpan.");
  await expect(admin.getByTestId("match-updated")).toBeFocused();

  await officer.getByTestId("bulk-form").getByRole("button", { name: "Setujui" }).click();
  const bulkStatus = officer.getByTestId("bulk-status");
  await expect(bulkStatus).toHaveText("2 disetujui, 1 ditolak karena sudah diubah orang lain.");
  await expect(bulkStatus).toBeFocused();
  const status = (id: string) => officer.locator(`[data-testid="candidate-row"][data-match-id="${id}"]`);
  await expect(status(ids[0]!)).toHaveAttribute("data-status", "APPROVED");
  await expect(status(ids[2]!)).toHaveAttribute("data-status", "APPROVED");
  await expect(status(ids[1]!)).toHaveAttribute("data-status", "SHORTLISTED");

  // 4. "Setujui" on one row (its disclosure): back on the table, the outcome message has the focus.
  const refused = officer.locator(`[data-testid="candidate"][data-match-id="${ids[1]}"]`);
  await refused.locator("summary").click();
  await refused.getByRole("button", { name: "Setujui" }).click();
  const outcome = officer.getByTestId("match-updated");
  await expect(outcome).toContainText("Disetujui");
  await expect(outcome).toBeFocused();
  await expect(status(ids[1]!)).toHaveAttribute("data-status", "APPROVED");
});
