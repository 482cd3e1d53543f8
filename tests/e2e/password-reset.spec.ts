import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Self-service password reset (issue 14): "Lupa kata sandi?" on the sign-in page → the email →
// the link from the test mailbox (MAIL_OUTBOX_DIR, set by scripts/e2e.ts) → a new password →
// sign in with it → the link no longer works. And the show-password toggle.

const INITIAL_PASSWORD = "Awal-Danau Toba 2026";
const NEW_PASSWORD = "Sore hari di Parapat";

async function resetLinkFor(email: string): Promise<string> {
  const dir = process.env.MAIL_OUTBOX_DIR;
  if (!dir) throw new Error("MAIL_OUTBOX_DIR is not set: run through npm run test:e2e");
  let link: string | undefined;
  await expect(async () => {
    for (const file of await readdir(dir)) {
      const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as { to: string; text: string };
      const found = mail.to === email ? /https?:\/\/\S+\/sign-in\/reset\/[\w-]+/.exec(mail.text) : null;
      if (found) link = found[0];
    }
    expect(link).toBeDefined();
  }).toPass({ timeout: 10_000 });
  return new URL(link!).pathname;
}

async function createUser(page: Page, email: string): Promise<void> {
  await signIn(page, demoUser("ADMIN").email);
  await page.goto("/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nama lengkap").fill("Staf Diskop Lupa Sandi");
  await page.getByLabel("Peran").selectOption({ label: "Staf Diskop UKM" });
  await page.getByLabel("Kata sandi awal").fill(INITIAL_PASSWORD);
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}\?created=1$/);
}

test("a user resets a forgotten password by email, signs in with it, and the link works only once", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = `lupa.${randomUUID().slice(0, 8)}@diskop.sumutprov.go.id`;
  await createUser(page, email);

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(visitor).toHaveURL(/\/sign-in\/forgot$/);
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(visitor.getByTestId("form-status")).toContainText("Jika email itu terdaftar");

  await visitor.goto(await resetLinkFor(email));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Buat kata sandi baru");
  // A common password is refused; the error summary links to the field and takes the focus.
  await visitor.getByLabel("Kata sandi baru", { exact: true }).fill("password123");
  await visitor.getByLabel("Ulangi kata sandi baru").fill("password123");
  await visitor.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(visitor.getByText("Kata sandi ini terlalu umum")).toBeVisible();
  const summaryLink = visitor.getByTestId("error-summary-links").getByRole("link", { name: "Kata sandi baru" });
  await expect(summaryLink).toHaveAttribute("href", "#newPassword");
  await expect(visitor.locator("[data-error-summary]")).toBeFocused();
  await summaryLink.click();
  await expect(visitor.getByLabel("Kata sandi baru", { exact: true })).toBeFocused();

  // The show-password toggle switches the field's type and says so with aria-pressed.
  const toggle = visitor.getByTestId("newPassword-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(visitor.getByLabel("Kata sandi baru", { exact: true })).toHaveAttribute("type", "text");

  const resetPath = new URL(visitor.url()).pathname;
  await visitor.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
  await visitor.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(visitor).toHaveURL(/\/sign-in\?notice=password-reset$/);
  await expect(visitor.getByTestId("sign-in-notice")).toBeVisible();

  await signIn(visitor, email, NEW_PASSWORD);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Selamat datang, Staf Diskop Lupa Sandi");

  await visitor.goto(resetPath);
  await expect(visitor.getByTestId("reset-link-invalid")).toBeVisible();
  await expect(visitor.getByLabel("Kata sandi baru", { exact: true })).toHaveCount(0);
  await context.close();
});

test("an unknown email gets the same answer and no mail", async ({ page }) => {
  await page.goto("/sign-in/forgot");
  const email = `tidak.ada.${randomUUID().slice(0, 8)}@example.org`;
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByTestId("form-status")).toContainText("Jika email itu terdaftar");
  const dir = process.env.MAIL_OUTBOX_DIR!;
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const file of files) expect(await readFile(path.join(dir, file), "utf8")).not.toContain(email);
});
