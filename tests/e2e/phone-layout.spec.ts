import { expect, test, type Page } from "@playwright/test";
import { PAGES_WITH_SAMPLES } from "../setup/access-manifest";
import { demoUser, signIn } from "./helpers";
import { seriousViolations } from "./support/axe";

// The portal on a 390×844 phone for the firm's staff and the UMKM owner: the header collapses
// into a "Menu" disclosure that works by keyboard, the navigation marks the current page, no
// page of the role scrolls sideways, and tables become stacked rows.

test.use({ viewport: { width: 390, height: 844 } });

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

for (const [role, firstLink, currentPath, currentName] of [
  ["COMPANY_STAFF", "Dasbor", "/needs", "Kebutuhan Rantai Pasok"],
  ["UMKM_OWNER", "Dasbor", "/my-business/paperwork", "Dokumen Saya"],
] as const) {
  test(`phone: ${role} — collapsed header, keyboard menu, current page, no sideways scroll`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, demoUser(role).email);

    const menuButton = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    // Collapsed, the header is one row (it took 298–318 of 844 px before the menu existed).
    const headerHeight = await page.locator("header").evaluate((header) => header.getBoundingClientRect().height);
    expect(headerHeight).toBeLessThanOrEqual(80);

    // Keyboard: open with Enter, Tab reaches the first link, Escape closes and returns focus.
    await menuButton.focus();
    await page.keyboard.press("Enter");
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    const controlled = await menuButton.getAttribute("aria-controls");
    await expect(page.locator(`[id="${controlled}"]`)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: firstLink })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(menuButton).toBeFocused();
    await expect(nav).toBeHidden();

    // Following a link by keyboard closes the menu; the new page's entry is marked current.
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: currentName }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${currentPath}$`));
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await menuButton.click();
    await expect(nav.getByRole("link", { name: currentName })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    expect.soft(await seriousViolations(page), "phone, menu open").toEqual([]);

    // No page of the role scrolls sideways on the phone, and axe finds nothing serious there either.
    const paths = PAGES_WITH_SAMPLES.filter((rule) => (rule.roles as readonly string[]).includes(role)).map(
      (rule) => rule.sample ?? rule.path,
    );
    for (const path of paths) {
      await page.goto(path);
      expect.soft(await noSidewaysScroll(page), `${path} scrolls sideways`).toBe(true);
      expect.soft(await seriousViolations(page), `phone ${path}`).toEqual([]);
    }
  });
}

test("phone: the needs table becomes stacked rows with every column's value on screen", async ({ page }) => {
  await signIn(page, demoUser("COMPANY_STAFF").email);
  await page.goto("/needs");
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  const status = firstRow.getByRole("cell").nth(2);
  await expect(status).toBeVisible();
  const box = (await status.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // Each stacked cell names its column.
  expect(await status.getAttribute("data-label")).toBe("Status");
  expect(await noSidewaysScroll(page)).toBe(true);
});

test("phone: without JavaScript the navigation stays visible", async ({ browser, page }) => {
  await signIn(page, demoUser("UMKM_OWNER").email);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    storageState: await page.context().storageState(),
  });
  const noJs = await context.newPage();
  await noJs.goto("/dashboard");
  await expect(
    noJs.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Dokumen Saya" }),
  ).toBeVisible();
  await expect(noJs.getByRole("button", { name: "Menu" })).toHaveCount(0);
  await context.close();
});

test("every page has its own title, the favicon, the footer's helpdesk, and production shows no demo hint", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Masuk · Portal Kemitraan UMKM Sumut");
  await expect(page.getByTestId("demo-hint")).toHaveCount(0);
  await expect(page.getByText("Akun demo tercantum di README.")).toHaveCount(0);
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByText("Dinas PMPTSP Provinsi Sumatera Utara")).toBeVisible();
  await expect(footer.getByRole("link", { name: /helpdesk/ })).toHaveAttribute("href", /^mailto:/);
  await signIn(page, demoUser("UMKM_OWNER").email);
  await page.goto("/my-business/paperwork");
  await expect(page).toHaveTitle(/^.+ · Portal Kemitraan UMKM Sumut$/);
  expect(await page.title()).not.toBe("Portal Kemitraan UMKM Sumut");
});
