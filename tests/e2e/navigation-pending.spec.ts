import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// A click in the navigation shows at once that the page is loading (the portal has no
// loading.tsx: see ARCHITECTURE.md). The page's server answer is held back here, so the hint
// must be visible while it is on its way, and gone once the page has arrived.

test("a navigation link shows that its page is loading until the page arrives", async ({ page }) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The client navigation fetches the page's RSC payload (header RSC: 1); hold it until released.
  await page.route(
    (url) => url.pathname === "/umkm",
    async (route) => {
      if (route.request().headers()["rsc"] === "1") await held;
      await route.continue();
    },
  );
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  const link = nav.getByRole("link", { name: /Registri UMKM/ });
  await expect(link.getByTestId("nav-pending")).toHaveCount(0);
  await link.click();
  await expect(link.getByTestId("nav-pending")).toBeVisible();
  await expect(link).toHaveAccessibleName(/Memuat halaman/);
  release();
  await expect(page).toHaveURL(/\/umkm$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registri UMKM");
  await expect(nav.getByTestId("nav-pending")).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Registri UMKM" })).toHaveAttribute("aria-current", "page");
});
