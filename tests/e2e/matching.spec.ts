import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seedUuid } from "../../prisma/seed/random";
import { demoUser, signIn } from "./helpers";

// Issue 7's scenario on the seed: PT Agincourt's car-rental need → a PMPTSP officer runs
// matching on its candidates page and approves the two best UMKM → Agincourt's staff sees both
// introductions, accepts one and declines the other with a reason, then records the signed
// agreement (pola kemitraan, value, dates) → the accepted UMKM's owner sees the outcome, and
// the officer's board shows AGREEMENT_SIGNED and DECLINED for the need.

const NEED_ID = seedUuid("need:agincourt-rental");
const DECLINE_REASON = "Armada belum memenuhi syarat usia kendaraan maksimal 5 tahun.";

type Candidate = { id: string; name: string };

async function newPage(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** An UMKM_OWNER account for `umkmId`, created on the e2e database through the factories. */
function createOwner(umkmId: string): { email: string; password: string } {
  const output = execFileSync(
    "npx",
    ["--no-install", "tsx", "--conditions=react-server", "tests/e2e/support/matching-owner.ts", umkmId],
    { env: process.env, encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as { email: string; password: string };
}

test("officer runs matching and approves two UMKM; the firm accepts one, declines one, records the agreement; both parties see the outcome", async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // 1. The officer opens the need, its candidates page, and runs matching.
  const officer = await newPage(browser, demoUser("PMPTSP_OFFICER").email);
  await officer.goto(`/needs/${NEED_ID}`);
  await officer.getByRole("link", { name: "Kandidat UMKM dan pencocokan" }).click();
  // The candidates page renders every candidate's row and reasons: under a loaded machine (another
  // worker running matching on the one-connection embedded database) it took more than 5 s.
  await expect(officer).toHaveURL(new RegExp(`/needs/${NEED_ID}/matches$`), { timeout: 30_000 });
  await officer.getByRole("button", { name: "Jalankan pencocokan" }).click();
  await expect(officer.getByTestId("run-matching-status")).toContainText("Pencocokan selesai", { timeout: 60_000 });
  await officer.reload();
  const cards = officer.getByTestId("candidate");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(2);

  // Every candidate's score is explained in words behind its row's disclosure (the best one shares the need's KBLI).
  const best = cards.first();
  await best.locator("summary").click();
  await expect(best.getByTestId("score-reasons")).toContainText("KBLI");
  await expect(best.getByRole("meter")).toBeVisible();
  const picked: Candidate[] = [];
  for (const index of [0, 1]) {
    const card = cards.nth(index);
    picked.push({ id: (await card.getAttribute("data-umkm-id"))!, name: (await card.getAttribute("data-umkm"))! });
  }

  // 2. Approve both (each row keeps its own form behind its disclosure; the page comes back with the change confirmed).
  for (const candidate of picked) {
    const card = officer.locator(`[data-testid="candidate"][data-umkm-id="${candidate.id}"]`);
    if (!(await card.locator("details").evaluate((d) => (d as HTMLDetailsElement).open))) {
      await card.locator("summary").click();
    }
    await card.getByRole("button", { name: "Setujui" }).click();
    await expect(officer.locator(`[data-testid="candidate"][data-umkm-id="${candidate.id}"]`)).toHaveAttribute(
      "data-status",
      "APPROVED",
    );
  }
  await expect(officer.getByTestId("slots")).toHaveText("2 dari 2 slot sudah disetujui");

  // 3. Agincourt's staff sees both introductions with the UMKM's contact, accepts one and declines the other.
  const firm = await newPage(browser, demoUser("COMPANY_STAFF", "agincourt@demo.kemitraan.id").email);
  await firm.goto("/introductions");
  const toDecide = firm.getByTestId("group-toDecide");
  const [accepted, declined] = picked as [Candidate, Candidate];
  const intro = (c: Candidate) => firm.locator(`[data-testid="introduction"][data-umkm-id="${c.id}"]`);
  for (const candidate of picked) {
    await expect(toDecide.locator(`[data-umkm-id="${candidate.id}"]`)).toBeVisible();
    await expect(intro(candidate).getByTestId("umkm-contact")).toBeVisible();
  }
  await intro(accepted).getByRole("button", { name: "Terima perkenalan" }).click();
  await expect(intro(accepted)).toHaveAttribute("data-status", "ACCEPTED");

  // A decline without a reason is refused next to the field; with the reason it goes through.
  await intro(declined).getByRole("button", { name: "Tolak perkenalan" }).click();
  await expect(intro(declined).getByText("Tuliskan alasannya (minimal 5 karakter).")).toBeVisible();
  await intro(declined).getByRole("textbox", { name: "Alasan" }).fill(DECLINE_REASON);
  await intro(declined).getByRole("button", { name: "Tolak perkenalan" }).click();
  await expect(intro(declined)).toHaveAttribute("data-status", "DECLINED");

  // 4. The signed agreement of the accepted one: pattern, value, period, signing date.
  const form = intro(accepted).getByTestId("agreement-form");
  await form.getByLabel("Pola kemitraan (PP 7/2021)").selectOption({ label: "Rantai pasok" });
  await form.getByLabel("Nilai kontrak (Rp)").fill("1.800.000.000");
  await form.getByRole("button", { name: "Simpan perjanjian" }).click();
  await expect(intro(accepted)).toHaveAttribute("data-status", "AGREEMENT_SIGNED");
  await expect(intro(accepted).getByTestId("partnership")).toContainText("Rantai pasok");
  await expect(intro(accepted).getByTestId("partnership")).toContainText("1.800.000.000");

  // 5. The accepted UMKM's owner sees the firm, the need and the outcome.
  const ownerAccount = createOwner(accepted.id);
  const owner = await newPage(browser, ownerAccount.email, ownerAccount.password);
  await owner.goto("/introductions");
  const own = owner.getByTestId("introduction");
  await expect(own).toHaveCount(1);
  await expect(own).toContainText("PT Agincourt Resources");
  await expect(own.getByTestId("introduction-outcome")).toHaveText("Perjanjian kemitraan sudah ditandatangani.");
  await expect(own.getByTestId("firm-contact")).toBeVisible();
  await expect(own.getByTestId("umkm-contact")).toHaveCount(0);

  // 6. The officer's board, filtered to the need: one agreement signed, one declined.
  await officer.goto(`/matches?need=${NEED_ID}`);
  const board = officer.getByTestId("match-board");
  const row = (name: string) => board.getByRole("row").filter({ hasText: name });
  await expect(row(accepted.name).getByTestId("match-status")).toHaveAttribute("data-status", "AGREEMENT_SIGNED");
  await expect(row(declined.name).getByTestId("match-status")).toHaveAttribute("data-status", "DECLINED");
  // Issue 14: last change sorts by default; with a need chosen the score column sorts too (kept by the tabs).
  await expect(board.getByRole("columnheader", { name: "Diperbarui" })).toHaveAttribute("aria-sort", "descending");
  await board.getByRole("link", { name: "Skor", exact: true }).click();
  await expect(officer).toHaveURL(/sort=score-desc/);
  await expect(board.getByRole("columnheader", { name: "Skor" })).toHaveAttribute("aria-sort", "descending");
  await officer.getByRole("link", { name: /^Ditolak perusahaan \(1\)$/ }).click();
  await expect(officer).toHaveURL(/sort=score-desc/);
  await expect(board.getByRole("row")).toHaveCount(2); // header + the declined one
});
