import { expect, test } from "@playwright/test";
import nav from "../../lib/i18n/messages/id/nav.json" with { type: "json" };
import { NAV_BY_ROLE } from "../../lib/navigation";
import { DEMO_USERS, demoUser, signIn } from "./helpers";

// A dashboard tile only that role has; links another role has but this one must not.
const EXPECTED = {
  ADMIN: { tile: "Pengguna aktif", notInNav: [] },
  PMPTSP_OFFICER: { tile: "Usulan menunggu verifikasi", notInNav: ["Pengguna"] },
  DISKOP_STAFF: { tile: "Usulan saya diverifikasi", notInNav: ["Pengguna"] },
  COMPANY_STAFF: { tile: "Perkenalan UMKM menunggu tanggapan", notInNav: ["Registri UMKM", "Pengguna"] },
  UMKM_OWNER: { tile: "Dokumen terbit", notInNav: ["Kebutuhan Rantai Pasok", "Registri UMKM", "Pengguna"] },
} as const;

for (const user of DEMO_USERS) {
  test(`${user.role} (${user.email}) signs in and sees their own dashboard and navigation`, async ({ page }) => {
    await signIn(page, user.email);
    const expected = EXPECTED[user.role];
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Selamat datang, ${user.name}`);
    await expect(page.getByText(expected.tile)).toBeVisible();
    const links = page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link");
    const labels = NAV_BY_ROLE[user.role].map((item) => nav[item.labelKey as keyof typeof nav]);
    await expect(links).toHaveText(labels);
    for (const forbidden of expected.notInNav) expect(labels).not.toContain(forbidden);
  });
}

test("a wrong password shows an error and creates no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoUser("ADMIN").email);
  await page.getByLabel("Kata sandi").fill("not-the-password");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Email atau kata sandi salah.");
  await expect(page).toHaveURL(/\/sign-in/);
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an empty form is answered next to each field, without a request", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Isi alamat email yang valid.")).toBeVisible();
  await expect(page.getByText("Isi kata sandi.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("company staff see only their own firm's needs; an officer sees every firm's", async ({ page }) => {
  await signIn(page, demoUser("COMPANY_STAFF", "inalum@demo.kemitraan.id").email);
  await page.goto("/needs");
  const firms = await page.getByTestId("needs-table").locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(firms.length).toBeGreaterThan(0);
  expect(new Set(firms)).toEqual(new Set(["PT Inalum"]));
  await page.goto("/umkm");
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
});

test("an officer sees needs of several firms and the UMKM registry, but not user administration", async ({ page }) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.goto("/needs");
  const firms = await page.getByTestId("needs-table").locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(new Set(firms).size).toBeGreaterThan(1);
  await page.goto("/umkm");
  await expect(page.getByTestId("umkm-table").locator("tbody tr")).toHaveCount(50);
  await page.goto("/users");
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
});
