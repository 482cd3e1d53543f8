import { expect, test } from "@playwright/test";
import { seedUuid } from "../../prisma/seed/random";
import { demoUser, signIn } from "./helpers";

// A firm follows its own need's progress on the need's page; another firm gets the plain 404;
// Diskop staff see no progress but nominate an UMKM from the need's page (issue 14).

const NEED_PATH = `/needs/${seedUuid("need:inalum-scrap")}`; // OPEN, 3 slots, PT Inalum

test("a firm sees its own need's progress and cannot nominate; another firm gets 404", async ({ browser }) => {
  test.setTimeout(90_000);
  const staff = await browser.newPage();
  await signIn(staff, demoUser("COMPANY_STAFF", "inalum@demo.kemitraan.id").email);
  await staff.goto(NEED_PATH);
  const progress = staff.getByTestId("need-progress");
  await expect(progress.getByRole("heading", { name: "Perkembangan kebutuhan" })).toBeVisible();
  await expect(progress).toContainText("Kandidat sedang ditinjau PMPTSP");
  await expect(staff.getByTestId("progress-slotsLeft")).toContainText("dari 3");
  await expect(staff.getByTestId("need-nominate")).toHaveCount(0);
  await staff.close();

  const other = await browser.newPage();
  await signIn(other, demoUser("COMPANY_STAFF", "agincourt@demo.kemitraan.id").email);
  const response = await other.goto(NEED_PATH);
  expect(response?.status()).toBe(404);
  await expect(other.getByTestId("need-progress")).toHaveCount(0);
  await other.close();
});

test("Diskop staff see no progress and nominate an UMKM from the need's page", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demoUser("DISKOP_STAFF").email);
  await page.goto(NEED_PATH);
  await expect(page.getByTestId("need-progress")).toHaveCount(0);
  const section = page.getByTestId("need-nominate");
  await section.getByLabel("Nama atau produk UMKM").fill("besi tua");
  await section.getByRole("button", { name: "Cari UMKM" }).click();
  await expect(page).toHaveURL(/[?&]umkmQ=besi\+tua/);
  await expect(page.getByTestId("nominate-results")).toContainText("UMKM ditemukan");
  // The target sectors start as the need's KBLI (in code order, as the page lists them).
  await expect(page.getByLabel("Sektor tujuan (kode KBLI)")).toHaveValue("38301, 46696");
  await page.getByTestId("nominate-choices").locator("input[type=radio]:not([disabled])").first().check();
  await page.getByLabel("Alasan").fill("Pengepul besi tua yang siap memasok kebutuhan scrap pabrik.");
  await page.getByRole("button", { name: "Kirim nominasi" }).click();
  await expect(page).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);
});
