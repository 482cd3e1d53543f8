import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Issue 14, registry and lists: the registry's kecamatan select follows the kabupaten/kota as
// soon as it changes (no "Terapkan" first), KBLI codes carry their names, and the global search
// page finds an UMKM by NIB or name for the offices and refuses firms and UMKM owners.

test("the kecamatan select follows the kabupaten/kota without pressing Terapkan", async ({ page }) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.goto("/umkm");
  // KBLI codes are shown with their names.
  const kbli = page.getByTestId("umkm-table").locator("tbody tr td:nth-child(4)").first();
  await expect(kbli).toHaveText(/\d{5} \p{L}+/u);
  const regency = page.getByLabel("Kabupaten/kota", { exact: true });
  const district = page.getByLabel("Kecamatan", { exact: true });
  await expect(district).toBeDisabled();
  await regency.selectOption({ label: "Kota Medan" });
  // Still on the unfiltered page: nothing was submitted.
  await expect(page).toHaveURL(/\/umkm$/);
  await expect(district).toBeEnabled();
  // Medan's kecamatan are loaded from /api/regions/12.71/districts (the page sends none without a kabupaten).
  await expect(district.locator("optgroup")).toHaveCount(1);
  await expect(district.locator("optgroup")).toHaveAttribute("label", "Kota Medan");
  await expect(district).not.toHaveAttribute("aria-busy", "true");
  const medan = await district.locator("option").allInnerTexts();
  expect(medan.length).toBeGreaterThan(5);
  await district.selectOption({ index: 1 });
  const chosen = await district.inputValue();
  expect(chosen).toMatch(/^12\.71\.\d\d$/);
  // Another kabupaten/kota: the list changes at once and the Medan kecamatan is cleared.
  await regency.selectOption({ label: "Kabupaten Tapanuli Selatan" });
  await expect(district).toHaveValue("");
  await expect(district.locator("optgroup")).toHaveAttribute("label", "Kabupaten Tapanuli Selatan");
  await expect(district).not.toHaveAttribute("aria-busy", "true");
  expect(await district.locator("option").allInnerTexts()).not.toEqual(medan);
  await district.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]regency=12\.03&district=12\.03\.\d\d/);
});

test("an unknown kabupaten/kota is named next to its field instead of an empty registry", async ({ page }) => {
  await signIn(page, demoUser("DISKOP_STAFF").email);
  await page.goto("/umkm?regency=12.99");
  await expect(page.getByLabel("Kabupaten/kota", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Kode kabupaten/kota tidak dikenal.")).toBeVisible();
  await expect(page.getByTestId("registry-invalid")).toBeVisible();
  await expect(page.getByText("Belum ada UMKM terdaftar")).toHaveCount(0);
});

test("the global search finds an UMKM by NIB and by exact name for an officer; firms and owners are refused", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const officer = await browser.newPage();
  await signIn(officer, demoUser("PMPTSP_OFFICER").email);
  await officer.goto("/search");
  // The page's own form (the header may carry the same form once it renders GlobalSearch).
  const main = officer.getByRole("main");
  await main.getByLabel("Cari UMKM (NIB atau nama usaha)").fill("9120003031001");
  await main.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(officer).toHaveURL(/\/search\?q=9120003031001$/);
  const rows = officer.getByTestId("search-results").locator("tbody tr");
  await expect(rows.first()).toContainText("9120003031001");
  await expect(rows.first()).toContainText("NIB");
  await main.getByLabel("Cari UMKM (NIB atau nama usaha)").fill("katering nauli batangtoru");
  await main.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(rows.first()).toContainText("Katering Nauli Batangtoru");
  await expect(rows.first()).toContainText("Nama persis");
  await rows.first().getByRole("link", { name: "Katering Nauli Batangtoru" }).click();
  await expect(officer).toHaveURL(/\/umkm\/[0-9a-f-]{36}$/);
  await officer.close();

  for (const email of [demoUser("COMPANY_STAFF").email, demoUser("UMKM_OWNER").email]) {
    const page = await browser.newPage();
    await signIn(page, email);
    await page.goto("/search?q=katering");
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    await expect(page.getByTestId("search-results")).toHaveCount(0);
    await page.close();
  }
});

test("a firm's needs list hides closed needs until asked, stays within the firm, and sorts by the deadline column", async ({
  page,
}) => {
  await signIn(page, demoUser("COMPANY_STAFF", "inalum@demo.kemitraan.id").email);
  await page.goto("/needs");
  const table = page.getByTestId("needs-table");
  await expect(table).toBeVisible();
  await expect(table.getByText("Seragam kerja dan wearpack karyawan")).toHaveCount(0);
  await expect(page.getByTestId("needs-hidden-note")).toBeVisible();
  await page.getByRole("link", { name: "Tampilkan semua kebutuhan" }).click();
  await expect(page).toHaveURL(/[?&]show=all/);
  await expect(table.getByText("Seragam kerja dan wearpack karyawan")).toBeVisible();
  await expect(page.getByLabel("Tampilkan juga kebutuhan yang ditutup, dibatalkan, atau lewat tenggat")).toBeChecked();
  const firms = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(new Set(firms)).toEqual(new Set(["PT Inalum"]));

  await page.goto("/needs?show=all&sort=newest");
  const deadline = table.getByRole("columnheader", { name: /Batas tanggapan/ });
  await expect(deadline).toHaveAttribute("aria-sort", "none");
  await deadline.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=deadline/);
  await expect(page).toHaveURL(/[?&]show=all/);
  await expect(table.getByRole("columnheader", { name: /Batas tanggapan/ })).toHaveAttribute("aria-sort", "ascending");

  // Dates read dd/mm/yyyy (issue 14), and the deadline filter takes them typed that way.
  const deadlines = await table.locator("tbody tr td:nth-child(5)").allInnerTexts();
  expect(deadlines.length).toBeGreaterThan(0);
  for (const text of deadlines) expect(text).toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
  const filters = page.getByRole("search", { name: "Filter kebutuhan" });
  await filters.getByLabel("Batas tanggapan sejak", { exact: true }).fill("01/01/2000");
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]deadlineFrom=01%2F01%2F2000/);
  await expect(page.getByText(/Beberapa filter tidak valid/)).toHaveCount(0);
  await expect(filters.getByLabel("Batas tanggapan sejak", { exact: true })).toHaveValue("01/01/2000");
});
