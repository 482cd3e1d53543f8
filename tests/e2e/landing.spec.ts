import { expect, test } from "@playwright/test";

test("the landing page renders in Indonesian with programme figures from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Menghubungkan UMKM dengan rantai pasok perusahaan besar di Sumatera Utara",
  );
  const umkmFigure = page.locator("dt", { hasText: "UMKM terdaftar" }).locator("xpath=following-sibling::dd");
  // The demo seed registers about 300 UMKM; the figure is read from the database, not hard-coded.
  expect(Number((await umkmFigure.innerText()).replace(/\D/g, ""))).toBeGreaterThanOrEqual(250);
  await expect(page.getByRole("link", { name: "Masuk ke portal" })).toBeVisible();
});

test("the language switcher turns the interface to English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Connecting UMKM");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

test("the health endpoint reports the database as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});

test("an anonymous visitor to the dashboard is sent to sign-in", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
});
