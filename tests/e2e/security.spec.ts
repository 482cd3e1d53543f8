import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Per-IP limit vs. parallel specs: every browser of the run comes from 127.0.0.1, and only
// FAILED sign-ins count against an IP (50 per hour by default). The whole suite makes a
// handful of failures (5 here, 2 in sign-in.spec.ts, 5 in user-admin.spec.ts), far below the limit, so no other spec
// is ever refused; successful sign-ins of the demo accounts never count. The lockout below
// uses an email that has no account — per-account limits apply to unknown emails too (so a
// lockout reveals nothing) — which keeps the shared demo accounts usable for other specs.

const WRONG = "Email atau kata sandi salah.";

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  // Waiting for the sign-in action's answer: the error text of the previous attempt is still shown.
  await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in",
    ),
    page.getByRole("button", { name: "Masuk", exact: true }).click(),
  ]);
}

/** CSP violations the page reports, through the console and the DOM event. */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text()))
      violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Refused to load (CSP ${event.violatedDirective}) ${event.blockedURI}`),
    );
  });
  return violations;
}

test("five failed sign-ins lock the account: the sixth is refused with a wait time and no session", async ({
  page,
}) => {
  const email = `penyerang.${Date.now()}@contoh.id`;
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, email, `tebakan-${attempt}`);
    await expect(page.getByTestId("form-error")).toHaveText(WRONG);
  }
  await submitSignIn(page, email, "tebakan-6");
  await expect(page.getByTestId("form-error")).toHaveText("Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});

test("pages carry a per-request nonce CSP and the other security headers", async ({ page }) => {
  const first = await page.request.get("/sign-in");
  const second = await page.request.get("/sign-in");
  const csp = first.headers()["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "img-src 'self' data: blob:",
  ]) {
    expect(csp).toContain(directive);
  }
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  // Next.js put the request's nonce on its scripts.
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  });
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  // Plain http (the test server): no HSTS.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  const api = await page.request.get("/api/auth/csrf");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("landing, sign-in and dashboard run under the CSP without a single violation", async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  // The sign-in form is a client component (hydrated, it submits through its server action).
  await signIn(page, demoUser("ADMIN").email);
  await page.goto("/needs");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(violations).toEqual([]);
});

test("a refused page visit is audited, and the admin finds it in the audit log by filter", async ({ browser }) => {
  const staff = await browser.newPage();
  await signIn(staff, demoUser("COMPANY_STAFF", "agincourt@demo.kemitraan.id").email);
  await staff.goto("/audit");
  await expect(staff.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  await staff.close();

  const admin = await browser.newPage();
  await signIn(admin, demoUser("ADMIN").email);
  await admin.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Log Audit" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Log audit");
  await admin.getByLabel("Aksi").fill("access.denied");
  await admin.getByLabel("Email pelaku").fill("agincourt@demo.kemitraan.id");
  await admin.getByRole("button", { name: "Terapkan" }).click();
  await expect(admin).toHaveURL(/action=access.denied/);
  const rows = admin.getByTestId("audit-table").locator("tbody tr");
  await expect(rows.first()).toContainText("Akses ditolak");
  // In words: the object is the page, the reason names the roles it is for (no internal codes).
  await expect(rows.first()).toContainText("Halaman /audit");
  await expect(rows.first()).toContainText("Hanya untuk peran: Admin Sistem Dinas PMPTSP");
  await expect(rows.first()).not.toContainText("requires");
  await expect(rows.first()).toContainText("agincourt@demo.kemitraan.id");
  // An inverted date range (typed dd/mm/yyyy) is refused next to the field, with no results shown.
  await admin.getByLabel("Dari tanggal").fill("12/03/2026");
  await admin.getByLabel("Sampai tanggal").fill("11/03/2026");
  await admin.getByRole("button", { name: "Terapkan" }).click();
  await expect(admin.getByText("Tanggal akhir tidak boleh sebelum tanggal awal.")).toBeVisible();
  await expect(admin.getByLabel("Sampai tanggal")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByTestId("audit-table")).toHaveCount(0);
  await admin.close();
});
