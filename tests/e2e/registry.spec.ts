import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { demoUser, signIn } from "./helpers";

// Registry browsing: filters travel in the URL through a plain GET form, the kecamatan list
// follows the chosen kabupaten/kota, a kecamatan of another one is refused next to its field,
// and the CSV export downloads exactly the current filter.

test("an officer filters the registry by kabupaten and kecamatan and downloads the filter as CSV", async ({ page }) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.goto("/umkm");
  await expect(page.getByLabel("Kecamatan", { exact: true })).toBeDisabled();
  await page.getByLabel("Kabupaten/kota", { exact: true }).selectOption({ label: "Kota Medan" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]regency=12\.71/);
  const regencies = await page.getByTestId("umkm-table").locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(regencies.length).toBeGreaterThan(0);
  expect(new Set(regencies)).toEqual(new Set(["Kota Medan"]));
  // The count line: the rows shown and the total (exact on a single page, else "±" the estimate).
  await expect(page.getByTestId("umkm-count")).toHaveText(
    new RegExp(`^Menampilkan ${regencies.length} dari (±[\\d.,]+( ribu| juta)?|\\d[\\d.]*)$`),
  );

  const district = page.getByLabel("Kecamatan", { exact: true });
  await expect(district).toBeEnabled();
  const firstDistrict = (await district.locator("option").nth(1).innerText()).trim();
  await district.selectOption({ label: firstDistrict });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]district=12\.71\.\d\d/);
  await expect(page.getByLabel("Kabupaten/kota", { exact: true })).toHaveValue("12.71");
  const districts = await page.getByTestId("umkm-table").locator("tbody tr td:nth-child(3)").allInnerTexts();
  for (const name of districts) expect(name).toBe(firstDistrict);

  await page.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Semua" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV (filter ini)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^registri-umkm-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFid,nama_usaha,")).toBe(true);
  const lines = csv.trim().split("\r\n").slice(1);
  expect(lines.length).toBeGreaterThanOrEqual(regencies.length);
  for (const line of lines) expect(line).toContain(",12.71,Kota Medan,");
});

test("a kecamatan of another kabupaten is refused next to its field, and no list is shown", async ({ page }) => {
  await signIn(page, demoUser("DISKOP_STAFF").email);
  await page.goto("/umkm?regency=12.71&district=12.07.01");
  const district = page.getByLabel("Kecamatan", { exact: true });
  await expect(district).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Kecamatan ini tidak berada di kabupaten/kota yang dipilih.")).toBeVisible();
  await expect(page.getByText("Filter belum benar; periksa kolom yang ditandai.")).toBeVisible();
  await expect(page.getByTestId("umkm-table")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Unduh CSV (filter ini)" })).toHaveCount(0);
});

test("a text search over names and products keeps the words in the URL and lists only matching UMKM", async ({
  page,
}) => {
  await signIn(page, demoUser("DISKOP_STAFF").email);
  await page.goto("/umkm");
  await page.getByLabel("Cari nama usaha atau produk").fill("katering");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]q=katering/);
  const names = await page.getByTestId("umkm-table").locator("tbody tr td:nth-child(1)").allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  await page.goto(`/umkm?q=${encodeURIComponent("Sejahtera E2Enomatch123")}`);
  await expect(page.getByText("Tidak ada UMKM yang cocok dengan filter ini.")).toBeVisible();
});
