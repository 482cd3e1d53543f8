import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Issue 3's journey: an admin creates a firm's staff account with an initial password; the new
// user signs in, is held on the password page until they change it, signs in again with the
// new password and sees only their own firm. And a non-admin cannot reach user creation.

const INITIAL_PASSWORD = "Awal-Martabe 2026";
const NEW_PASSWORD = "Kopi Sipirok pagi hari";

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

test("admin creates a company user who must change the initial password, then sees only their firm", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const email = `staf.${randomUUID().slice(0, 8)}@agincourt.co.id`;
  const name = "Tiur Hutabarat (PT Agincourt Resources)";

  await signIn(page, demoUser("ADMIN").email);
  await page.goto("/users");
  await page.getByRole("link", { name: "Tambah pengguna" }).click();
  await expect(page).toHaveURL(/\/users\/new$/);

  // An incomplete submission is refused next to each field, and nothing is created.
  await page.getByLabel("Peran").selectOption({ label: "Staf Pengadaan Perusahaan" });
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Periksa isian yang ditandai di bawah.");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  // The focus is on the error summary (GOV.UK pattern); its links lead to each refused field.
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await page.getByTestId("error-summary-links").getByRole("link", { name: "Email", exact: true }).click();
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByText("Staf perusahaan harus terhubung ke satu perusahaan.")).toBeVisible();
  await expect(page.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Perusahaan").selectOption({ label: "PT Agincourt Resources" });
  await page.getByLabel("Kata sandi awal").fill("password");
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page.getByText("Kata sandi ini terlalu umum")).toBeVisible();
  await page.getByLabel("Kata sandi awal").fill(INITIAL_PASSWORD);
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByTestId("user-email")).toHaveText(email);

  await page.goto(`/users?q=${encodeURIComponent(email)}`);
  const row = page.getByTestId("users-table").locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("PT Agincourt Resources");
  await expect(row).toContainText("Wajib ganti sandi");
  await signOut(page);

  // First sign-in: every portal page leads to the password page, with no navigation offered.
  await page.goto("/sign-in");
  await submitSignIn(page, email, INITIAL_PASSWORD);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId("must-change-notice")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toHaveCount(0);
  await page.goto("/needs");
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByLabel("Kata sandi saat ini").fill(INITIAL_PASSWORD);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Ulangi kata sandi baru").fill(`${NEW_PASSWORD}!`);
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByText("Konfirmasi tidak sama dengan kata sandi baru.")).toBeVisible();
  await page.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();

  // The change ends the session: sign in again with the new password.
  await expect(page).toHaveURL(/\/sign-in\?notice=password-changed$/);
  await expect(page.getByTestId("sign-in-notice")).toBeVisible();
  await submitSignIn(page, email, INITIAL_PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText("Email atau kata sandi salah.");
  await submitSignIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Selamat datang, ${name}`);
  await expect(page.getByText("Perusahaan: PT Agincourt Resources")).toBeVisible();

  await page.goto("/needs");
  const firms = await page.getByTestId("needs-table").locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(firms.length).toBeGreaterThan(0);
  expect(new Set(firms)).toEqual(new Set(["PT Agincourt Resources"]));
  await page.goto("/users");
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
});

test("an officer opening user creation or a user's page gets the 403 page", async ({ page }) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  const response = await page.goto("/users/new");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  await page.goto(`/users/${demoUser("ADMIN").id}`);
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ganti kata sandi" })).toBeVisible();
});

test("admin edits a user: UMKM picker, stale-version conflict, one-time temporary password, disable; not themselves", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const email = `diskop.${randomUUID().slice(0, 8)}@diskop.sumutprov.go.id`;
  await signIn(page, demoUser("ADMIN").email);
  await page.goto("/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nama lengkap").fill("Staf Diskop Uji");
  await page.getByLabel("Peran").selectOption({ label: "Staf Diskop UKM" });
  await page.getByLabel("Kata sandi awal").fill(INITIAL_PASSWORD);
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}\?created=1$/);
  const userUrl = page.url().replace("?created=1", "");

  // A second admin tab loaded the same version before the first one saves.
  const stale = await context.newPage();
  await stale.goto(userUrl);

  await page.getByLabel("Peran").selectOption({ label: "Pemilik UMKM" });
  await page.getByLabel("Cari UMKM (nama, produk, atau NIB)").fill("katering nauli");
  await page.getByRole("button", { name: "Cari UMKM" }).click();
  await expect(page.getByText(/UMKM ditemukan/)).toBeVisible();
  const nauli = await page
    .getByLabel("Pilih UMKM")
    .locator("option", { hasText: "Katering Nauli Batangtoru" })
    .first()
    .getAttribute("value");
  await page.getByLabel("Pilih UMKM").selectOption(nauli!);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("edit-status")).toHaveText("Perubahan disimpan.");
  await expect(page.getByLabel("Pilih UMKM")).toHaveValue(nauli!);

  await stale.getByLabel("Nama lengkap").fill("Nama dari tab lama");
  await stale.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(stale.getByTestId("edit-status")).toContainText("baru saja diubah orang lain");
  await stale.close();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staf Diskop Uji");

  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByTestId("temporary-password")).toHaveText(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);

  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByText("Akun nonaktif: pengguna tidak dapat masuk.")).toBeVisible();
  await page.goto(`/users?q=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("users-table").locator("tbody tr")).toContainText("Nonaktif");

  await page.goto(`/users/${demoUser("ADMIN").id}`);
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByTestId("status-message")).toHaveText("Anda tidak dapat menonaktifkan akun Anda sendiri.");
});

test("admin sees a locked account's lock on its page and unlocks it (audited); the user can sign in again", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `terkunci.${randomUUID().slice(0, 8)}@diskop.sumutprov.go.id`;
  await signIn(page, demoUser("ADMIN").email);
  await page.goto("/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nama lengkap").fill("Rina Sitompul");
  await page.getByLabel("Peran").selectOption({ label: "Staf Diskop UKM" });
  await page.getByLabel("Kata sandi awal").fill(INITIAL_PASSWORD);
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}\?created=1$/);
  const userPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("account-lock-status")).toHaveText("Akun ini tidak terkunci.");
  await expect(page.getByRole("button", { name: "Buka kunci akun" })).toHaveCount(0);

  // Five wrong passwords lock the account; then even the right one is refused.
  const guesser = await browser.newPage();
  await guesser.goto("/sign-in");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await guesser.getByLabel("Email").fill(email);
    await guesser.getByLabel("Kata sandi").fill(attempt === 6 ? INITIAL_PASSWORD : `tebakan-${attempt}`);
    await Promise.all([
      guesser.waitForResponse(
        (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in",
      ),
      guesser.getByRole("button", { name: "Masuk", exact: true }).click(),
    ]);
  }
  await expect(guesser.getByTestId("form-error")).toHaveText(
    "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.",
  );

  await page.goto(userPath);
  await expect(page.getByTestId("account-lock-status")).toContainText("Akun ini terkunci sampai");
  await page.getByRole("button", { name: "Buka kunci akun" }).click();
  await expect(page.getByTestId("lock-message")).toHaveText("Kunci dibuka. Pengguna dapat masuk lagi sekarang.");
  await expect(page.getByTestId("account-lock-status")).toHaveText("Akun ini tidak terkunci.");

  await guesser.getByLabel("Email").fill(email);
  await guesser.getByLabel("Kata sandi").fill(INITIAL_PASSWORD);
  await guesser.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(guesser).toHaveURL(/\/account\/password$/);
  await guesser.close();

  await page.goto(`/audit?action=user.unlock`);
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  await expect(rows.first()).toContainText("Kunci masuk akun dibuka");
  await expect(rows.first()).toContainText(userPath.split("/").pop()!);
});
