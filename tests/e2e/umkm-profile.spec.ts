import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Diskop staff register an UMKM through the form (field errors, kecamatan limited to the chosen
// kabupaten/kota, scale computed), an officer edits it; the UMKM owner corrects its own contact
// details on /my-business and cannot open the registry's profile pages.

const NAME = `Bengkel Las Uji ${Date.now().toString(36)}`;

test("Diskop staff register an UMKM; the scale is computed; an officer edits it", async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, demoUser("DISKOP_STAFF").email);
  await page.goto("/umkm");
  await page.getByRole("link", { name: "Daftarkan UMKM" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftarkan UMKM");

  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("form-error")).toContainText("isian perlu diperbaiki");
  await expect(page.getByLabel("Nama usaha", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/umkm\/new$/);

  await page.getByLabel("Nama usaha", { exact: true }).fill(NAME);
  await page.getByLabel("NIB (opsional)").fill("123");
  await page.getByLabel("Kode KBLI").fill("25920, 33110");
  await page.getByLabel("Produk/jasa").fill("Las pagar, kanopi, perbaikan konveyor");
  await page.getByLabel("Nama pemilik").fill("Rudi Hartono");
  await page.getByLabel("Nomor telepon/HP").fill("0813 7000 2000");
  await page.getByLabel("Kabupaten/kota").selectOption("12.19");
  // Only Batu Bara's kecamatan are offered once a kabupaten is chosen.
  const districts = page.getByLabel("Kecamatan").locator("option");
  await expect(page.getByLabel("Kecamatan").locator("optgroup")).toHaveCount(1);
  expect(await districts.count()).toBeLessThan(30);
  await page.getByLabel("Kecamatan").selectOption("12.19.01");
  await page.getByLabel("Modal usaha (Rp, tanpa tanah dan bangunan)").fill("Rp 1.200.000.000");
  await page.getByLabel("Omzet tahunan (Rp)").fill("3.000.000.000");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("NIB harus tepat 13 angka.")).toBeVisible();
  await expect(page.getByLabel("NIB (opsional)")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("NIB (opsional)").fill("");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  const profile = page.getByTestId("umkm-profile");
  await expect(profile).toContainText("Kecil");
  await expect(profile).toContainText("+6281370002000");
  const profileUrl = page.url();

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, demoUser("PMPTSP_OFFICER").email);
  await officer.goto(`${profileUrl}/edit`);
  await officer.getByLabel("Omzet tahunan (Rp)").fill("20.000.000.000");
  await officer.getByRole("button", { name: "Simpan" }).click();
  await expect(officer.getByTestId("umkm-profile")).toContainText("Menengah");

  // The Diskop form was loaded before the officer's change: saving it is refused plainly.
  await page.goto(`${profileUrl}/edit`);
  await officer.goto(`${profileUrl}/edit`);
  await officer.getByLabel("Jumlah tenaga kerja (opsional)").fill("9");
  await officer.getByRole("button", { name: "Simpan" }).click();
  await expect(officer.getByTestId("umkm-profile")).toContainText("9");
  await page.getByLabel("Jumlah tenaga kerja (opsional)").fill("4");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("form-error")).toContainText("telah diubah orang lain");
});

test("the UMKM owner corrects its contact details but cannot open registry profiles", async ({ page }) => {
  await signIn(page, demoUser("UMKM_OWNER").email);
  await page.getByRole("link", { name: "Profil Usaha Saya" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Katering Nauli Batangtoru");
  await expect(page.getByLabel("NIB (opsional)")).toHaveCount(0);
  await page.getByLabel("Nomor telepon/HP").fill("0812-6000-7000");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Perubahan tersimpan.");
  await page.reload();
  await expect(page.getByTestId("umkm-profile")).toContainText("+6281260007000");
  const response = await page.goto("/umkm/new");
  expect(response?.status()).toBe(403);
});
