import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The daily reminder job's notifications reach the UMKM owner: the header badge counts them
// (in its accessible name), /notifications lists them in Indonesian with links, and "mark as
// read" / "mark all as read" update the list and the badge.

type Fixture = { email: string; password: string; businessName: string };

function reminderFixture(): Fixture {
  const output = execFileSync(
    "npx",
    [
      "--no-install",
      "tsx",
      "--conditions=react-server",
      "tests/e2e/support/notifications-setup.ts",
      String(Date.now() % 100_000),
    ],
    { env: process.env, encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Fixture;
}

test("an UMKM owner reads the reminder job's notifications and marks them read", async ({ page }) => {
  const fixture = reminderFixture();
  await signIn(page, fixture.email, fixture.password);

  const badge = page.getByTestId("notifications-link");
  await expect(badge).toHaveAccessibleName("Notifikasi, 2 belum dibaca");
  await badge.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifikasi" })).toBeVisible();
  const items = page.getByTestId("notification");
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId("unread-summary")).toHaveText("2 belum dibaca.");
  const slhs = items.filter({ hasText: "Sertifikat Laik Higiene Sanitasi (SLHS)" });
  await expect(slhs).toContainText(`milik ${fixture.businessName}`);
  await expect(slhs).toContainText("tinggal 7 hari atau kurang");
  await expect(items.filter({ hasText: "berakhir hari ini" })).toHaveCount(1);

  await slhs.getByRole("button", { name: /^Tandai sudah dibaca: / }).click();
  await expect(slhs).toHaveAttribute("data-unread", "false");
  await expect(badge).toHaveAccessibleName("Notifikasi, 1 belum dibaca");

  await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
  await expect(page.getByTestId("unread-summary")).toHaveText("Semua sudah dibaca.");
  await expect(badge).toHaveAccessibleName("Notifikasi, tidak ada yang belum dibaca");
  await expect(page.getByTestId("unread-badge")).toHaveCount(0);

  // Each notification links to where the owner acts on it: their own paperwork checklist.
  await slhs.getByRole("link").click();
  await expect(page).toHaveURL(/\/my-business\/paperwork$/);
});
