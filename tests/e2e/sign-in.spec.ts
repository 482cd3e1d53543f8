import { expect, test, type Page } from "@playwright/test";
import nav from "../../lib/i18n/messages/id/nav.json" with { type: "json" };
import { NAV_BY_ROLE } from "../../lib/navigation";
import { DEMO_PASSWORD, DEMO_USERS, demoUser, signIn } from "./helpers";

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

/** Fills and submits the sign-in form (works with and without JavaScript). */
async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

test("signing in from a callbackUrl that points off site lands on the portal's dashboard; a portal path is kept", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const attacks = [
    "/%5Cevil.example",
    "/%09/evil.example",
    "/%5C/evil.example",
    "//evil.example",
    "/%0D%0A/evil.example",
    "https://evil.example/",
    "javascript:alert(document.domain)",
  ];
  for (const attack of attacks) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${attack}`);
    await submitSignIn(page, demoUser("ADMIN").email, DEMO_PASSWORD);
    await expect(page, attack).toHaveURL(`${origin}/dashboard`);
    // Already signed in: the sign-in page itself redirects, to the portal too.
    await page.goto(`/sign-in?callbackUrl=${attack}`);
    await expect(page, attack).toHaveURL(`${origin}/dashboard`);
  }
  await page.context().clearCookies();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/needs?status=OPEN")}`);
  await submitSignIn(page, demoUser("ADMIN").email, DEMO_PASSWORD);
  await expect(page).toHaveURL(`${origin}/needs?status=OPEN`);
});

test.describe("without JavaScript (scripts not loaded yet)", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts, signs in and never puts the password in a URL", async ({ page, baseURL }) => {
    const password = DEMO_PASSWORD;
    const requests: { method: string; url: string }[] = [];
    page.on("request", (request) => requests.push({ method: request.method(), url: request.url() }));

    // A wrong password first: the error comes back in Indonesian, next to nothing in the URL.
    await page.goto("/sign-in?callbackUrl=%2Fneeds");
    await submitSignIn(page, demoUser("PMPTSP_OFFICER").email, "bukan-kata-sandinya");
    await expect(page.getByTestId("form-error")).toHaveText("Email atau kata sandi salah.");
    await expect(page.getByLabel("Email")).toHaveValue(demoUser("PMPTSP_OFFICER").email);
    await expect(page.getByLabel("Kata sandi")).toHaveValue("");

    // Empty fields are answered next to each field by the server.
    await page.getByLabel("Email").fill("");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.getByText("Isi alamat email yang valid.")).toBeVisible();
    await expect(page.getByText("Isi kata sandi.")).toBeVisible();

    await submitSignIn(page, demoUser("PMPTSP_OFFICER").email, password);
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}/needs`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    expect(requests.filter((request) => request.method === "POST").length).toBeGreaterThanOrEqual(3);
    for (const request of requests) {
      expect(request.url, `${request.method} ${request.url}`).not.toContain("password");
      expect(request.url).not.toContain(encodeURIComponent(password));
      expect(request.url).not.toContain("bukan-kata-sandinya");
    }
    expect(requests.some((request) => request.method === "GET" && new URL(request.url).searchParams.has("email"))).toBe(
      false,
    );
  });

  test("an off-site callbackUrl still lands on the portal", async ({ page, baseURL }) => {
    await page.goto("/sign-in?callbackUrl=/%5Cevil.example");
    await submitSignIn(page, demoUser("DISKOP_STAFF").email, DEMO_PASSWORD);
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}/dashboard`);
  });
});
