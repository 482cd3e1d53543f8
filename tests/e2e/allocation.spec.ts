import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Portfolio allocation (issue 7) on the seed: the PMPTSP officer runs an allocation over every
// open demo need, follows its progress, sees the proposals by need with their reasons, and
// accepts one (it becomes a shortlisted match; a second decision on it is no longer offered).
// The admin saves a new matching-weights version (refused while the sum is not 100) and
// activates it, then activates version 1 again so other journeys score as before.

test("officer runs a portfolio allocation, reads why each UMKM is proposed and accepts one proposal", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.getByRole("navigation").getByRole("link", { name: "Alokasi Portofolio" }).first().click();
  await expect(page).toHaveURL(/\/allocation$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Alokasi portofolio" })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Jalankan alokasi" }).click();
  await expect(page).toHaveURL(/\/allocation\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  // The page polls while the run is in progress; the proposals appear when it is done.
  await expect(page.getByRole("heading", { level: 2, name: "Usulan per kebutuhan" })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId("run-summary")).not.toContainText("Berjalan");
  const haulage = page.getByRole("group", { name: "Angkutan TBS dari kebun plasma ke pabrik" });
  await expect(haulage).toBeVisible();
  const first = haulage.getByTestId("proposal").first();
  await expect(first).toContainText(/Skor \d/);
  await expect(first.getByText(/KBLI/).first()).toBeVisible();
  const umkm = (await first.locator("label").first().textContent())?.trim() ?? "";
  await first.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Terima yang dipilih" }).click();
  await expect(page.getByTestId("decision-status")).toHaveText("1 usulan diterima, 0 diabaikan.");
  const decided = haulage.getByTestId("proposal").filter({ hasText: umkm });
  await expect(decided.getByTestId("proposal-decision")).toContainText("Diterima (masuk daftar pendek)");
  await expect(decided.getByRole("checkbox")).toHaveCount(0);
  // Nothing ticked: the form says so and saves nothing.
  await page.getByRole("button", { name: "Abaikan yang dipilih" }).click();
  await expect(page.getByTestId("decision-status")).toHaveText("Pilih minimal satu usulan.");
  await page.getByRole("link", { name: "Semua alokasi" }).click();
  await expect(page.getByTestId("allocation-runs")).toContainText("1 diterima", { timeout: 30_000 });
});

test("admin saves a weights version only when the percentages add up to 100, and activates it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoUser("ADMIN").email);
  await page.goto("/settings/matching-weights");
  await expect(page.getByRole("heading", { level: 1, name: "Bobot pencocokan" })).toBeVisible();
  const kbli = page.getByLabel("Kesesuaian KBLI (%)");
  await expect(kbli).toHaveValue("30");
  await kbli.fill("35");
  await expect(page.getByTestId("weights-sum")).toHaveText("Jumlah: 105%. Harus tepat 100%.");
  await page.getByRole("button", { name: "Simpan sebagai versi baru" }).click();
  await expect(page.getByText("Jumlah ketujuh persentase harus tepat 100.")).toBeVisible();
  await page.getByLabel("Relevansi produk (%)").fill("15");
  await expect(page.getByTestId("weights-sum")).toHaveText("Jumlah: 100% (sudah pas)");
  await page.getByLabel("Catatan (opsional)").fill("Uji e2e: KBLI lebih berat");
  await page.getByRole("button", { name: "Simpan sebagai versi baru" }).click();
  await expect(page.getByTestId("weights-status")).toContainText(/Versi \d+ tersimpan/);
  const saved = Number((await page.getByTestId("weights-status").textContent())?.match(/Versi (\d+)/)?.[1]);
  const row = page.getByTestId("weights-versions").getByRole("row").filter({ hasText: "Uji e2e: KBLI lebih berat" });
  await expect(row).toContainText("Tidak aktif");
  await row.getByRole("button", { name: `Aktifkan versi ${saved}` }).click();
  await expect(row).toContainText("Aktif");
  await expect(page.getByTestId("weights-versions").getByText("Aktif", { exact: true })).toHaveCount(1);
  // Back to version 1 for the journeys that score after this one.
  await page.getByTestId("weights-versions").getByRole("button", { name: "Aktifkan versi 1" }).click();
  const first = page
    .getByTestId("weights-versions")
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "v1", exact: true }) });
  await expect(first).toContainText("Aktif");
  await expect(row).toContainText("Tidak aktif");
});
