import { expect, test, type Page } from "@playwright/test";
import { htmlPayload, INLINE_SCRIPT_BUDGET_BYTES } from "../../scripts/bench/lib/html-payload";
import { demoUser, signIn } from "./helpers";

// Issue 13: a page inlines only the message namespaces its client components read
// (lib/i18n/client-namespaces.ts) and compact props, so its inline <script> stays small.
// `npm run bench:payload` prints the same figure for every main page.

const RAW_KEY = /\b(?:signIn|needForm|needs|needValidation|scale|errors|umkmForm|status)\.[a-zA-Z]+/;

async function inlineScriptBytes(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return htmlPayload(await response!.text()).inlineScriptBytes;
}

async function useLocale(page: Page, locale: "id" | "en") {
  const url = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
}

/**
 * The registry is not at the 25 KB target yet: 38.0 KB measured (officer, demo data; 37.5 KB in
 * English) once the filter stopped shipping the province's ≈450 kecamatan (≈53 KB before; they
 * load per kabupaten/kota from /api/regions/<code>/districts). The portal header, footer, the
 * filter form and 50 rows remain. This ceiling only keeps it from growing back; lower it as the
 * page shrinks. 44 KB, not 39: the first 50 rows of the test database depend on which other
 * journeys ran first (their UMKM names are longer than the demo's).
 */
const REGISTRY_INLINE_SCRIPT_CEILING_BYTES = 44 * 1024;

for (const locale of ["id", "en"] as const) {
  test(`landing, sign-in and the dashboard inline at most 25 KB of script; the registry stays under its ceiling (${locale})`, async ({
    page,
  }) => {
    await useLocale(page, locale);
    const sizes: Record<string, number> = {};
    for (const path of ["/", "/sign-in"]) sizes[path] = await inlineScriptBytes(page, path);
    await useLocale(page, "id"); // the sign-in helper fills the Indonesian form
    await signIn(page, demoUser("PMPTSP_OFFICER").email);
    await useLocale(page, locale);
    for (const path of ["/dashboard", "/umkm"]) sizes[path] = await inlineScriptBytes(page, path);
    for (const path of ["/", "/sign-in", "/dashboard"])
      expect(sizes[path], `${path}: ${sizes[path]} bytes of inline script`).toBeLessThanOrEqual(
        INLINE_SCRIPT_BUDGET_BYTES,
      );
    expect(sizes["/umkm"], `/umkm: ${sizes["/umkm"]} bytes of inline script`).toBeLessThanOrEqual(
      REGISTRY_INLINE_SCRIPT_CEILING_BYTES,
    );
  });
}

test("client components are translated from their own namespaces in Indonesian and English", async ({ page }) => {
  // The sign-in form is a client component: its client-side check shows a signIn message.
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Isi alamat email yang valid.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(RAW_KEY);

  await useLocale(page, "en");
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(RAW_KEY);

  // A nested provider (needs/new): the need form reads needForm, needs, needValidation and scale.
  await useLocale(page, "id");
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.goto("/needs/new");
  await expect(page.getByLabel("Judul kebutuhan")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(RAW_KEY);
  await useLocale(page, "en");
  await page.goto("/needs/new");
  await expect(page.getByRole("heading", { name: "New supply need" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(RAW_KEY);
});

test("the registry's rows, built in the browser from compact props, link to the profiles", async ({ page }) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.goto("/umkm");
  const table = page.getByTestId("umkm-table");
  await expect(table.getByRole("row")).toHaveCount(51); // header + a page of 50
  await expect(table.getByRole("link").first()).toHaveAttribute("href", /^\/umkm\/[0-9a-f-]{36}$/);
  await table.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/umkm\/[0-9a-f-]{36}$/);
});
