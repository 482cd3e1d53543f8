import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Issue 11: a NUL character in a search and a well-formed but foreign keyset cursor gave 500
// pages. They render normally, with the message next to the filter or a notice.

const ISSUE_CURSOR = "eyJ4IjoiJyBPUiAxPTEtLSJ9"; // {"x":"' OR 1=1--"}
const NUL_MESSAGE =
  "Teks berisi karakter yang tidak diizinkan (mis. karakter NUL). Hapus karakter itu lalu kirim lagi.";

test("a foreign cursor shows the first page with a notice; a NUL search is refused next to its field", async ({
  page,
}) => {
  await signIn(page, demoUser("PMPTSP_OFFICER").email);

  const needs = await page.goto(`/needs?cursor=${ISSUE_CURSOR}`);
  expect(needs?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Kebutuhan Rantai Pasok" })).toBeVisible();
  await expect(
    page.getByRole("alert").filter({ hasText: "Beberapa filter tidak valid dan diabaikan: Halaman kebutuhan." }),
  ).toBeVisible();
  await expect(page.getByTestId("needs-table").locator("tbody tr").first()).toBeVisible();

  const registry = await page.goto("/umkm?q=a%00b");
  expect(registry?.status()).toBe(200);
  const search = page.getByLabel("Cari nama usaha atau produk");
  await expect(search).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#q-error")).toHaveText(NUL_MESSAGE);

  const board = await page.goto(`/matches?after=${ISSUE_CURSOR}`);
  expect(board?.status()).toBe(200);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Tautan halaman tidak valid; yang ditampilkan adalah halaman pertama." }),
  ).toBeVisible();

  // Issue 14: an unknown order, or score without a need, is named; the board shows its default order.
  for (const [query, message] of [
    ["sort=bogus", "Urutan di alamat halaman tidak dikenal; papan ditampilkan menurut perubahan terakhir."],
    ["sort=score-desc", "Urutan menurut skor hanya bisa untuk satu kebutuhan."],
  ]) {
    const sorted = await page.goto(`/matches?${query}`);
    expect(sorted?.status()).toBe(200);
    await expect(page.getByTestId("board-sort-error")).toContainText(message!);
  }
  const nominations = await page.goto("/nominations?sort=bogus");
  expect(nominations?.status()).toBe(200);
  await expect(page.getByTestId("nominations-sort-error")).toHaveText(
    "Urutan di alamat halaman tidak dikenal; nominasi ditampilkan dari yang terbaru.",
  );

  const firms = await page.goto("/firms?q=a%00b");
  expect(firms?.status()).toBe(200);
  await expect(page.locator("#q-error")).toHaveText(NUL_MESSAGE);
  await expect(page.getByTestId("firms-table")).toBeVisible();
});
