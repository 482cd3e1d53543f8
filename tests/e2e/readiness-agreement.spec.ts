import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_MATCH_ID } from "../../prisma/seed/demo-matches";
import { seedUuid } from "../../prisma/seed/random";
import { demoUser, signIn } from "./helpers";

// Issue 11, "Readiness must never contradict itself": for a UMKM whose NIB is on its profile,
// the candidate card (score reasons and readiness panel), the match page, the firm's
// introductions and the owner's checklist say the same "x dari y", and missing documents are
// named ("Sertifikat Halal"), never coded (HALAL).

const HALAL = "Sertifikat Halal";
const SLHS = "Sertifikat Laik Higiene Sanitasi (SLHS)";
const MISSING = `Belum ada: ${HALAL}, ${SLHS}`;
const CODES = /\b(HALAL|SLHS|SERTIFIKAT_STANDAR|NIB)\b(?!\))/;

async function newPage(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** The score's words and the readiness panel of one card agree, and name the missing documents. */
async function expectOneAnswer(scope: Locator, count: string, hasPanel = true): Promise<void> {
  await expect(scope.getByTestId("score-reasons")).toContainText(count);
  await expect(scope.getByTestId("score-missing")).toHaveText(MISSING);
  await expect(scope.getByTestId("score-missing")).not.toHaveText(CODES);
  if (hasPanel) await expect(scope.getByTestId("readiness")).toContainText(count);
}

test("the demo introduction (Katering Nauli, NIB on its profile) shows one readiness to the officer, the firm and the owner", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const needId = seedUuid("need:agincourt-catering");

  const officer = await newPage(browser, demoUser("PMPTSP_OFFICER").email);
  await officer.goto(`/needs/${needId}/matches`);
  const card = officer.locator(`[data-testid="candidate"][data-umkm="Katering Nauli Batangtoru"]`);
  await card.locator("summary").click();
  await expectOneAnswer(card, "1 dari 3 dokumen siap");
  await officer.goto(`/matches/${DEMO_MATCH_ID}`);
  await expectOneAnswer(officer.locator("main"), "1 dari 3 dokumen siap");

  const firm = await newPage(browser, demoUser("COMPANY_STAFF", "agincourt@demo.kemitraan.id").email);
  await firm.goto("/introductions");
  const intro = firm.locator(`[data-testid="introduction"][data-umkm="Katering Nauli Batangtoru"]`);
  await expectOneAnswer(intro, "1 dari 3 dokumen siap", false);

  const owner = await newPage(browser, demoUser("UMKM_OWNER").email);
  await owner.goto("/introductions");
  await expect(owner.getByTestId("introduction").getByTestId("readiness")).toContainText("1 dari 3 dokumen siap");
  await owner.goto("/my-business/paperwork");
  const checklist = owner.getByTestId(`readiness-list-${needId}`);
  await expect(checklist).toContainText("1 dari 3 dokumen siap.");
  await expect(checklist).toContainText("Siap: Nomor Induk Berusaha (NIB)");
  await expect(checklist).toContainText(`Belum ada: ${SLHS}`);
  await expect(checklist).not.toHaveText(CODES);
});

test("an NIB typed into a new UMKM's profile is its issued NIB document: score, panels, match page and owner checklist agree", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const needId = seedUuid("need:mangkei-catering");
  const nib = `8${String(Date.now()).slice(-12)}`;
  const name = `Katering Tiga Shift ${Date.now().toString(36)}`;

  // 1. The officer registers a caterer near Sei Mangkei with its NIB on the profile.
  const officer = await newPage(browser, demoUser("PMPTSP_OFFICER").email);
  await officer.goto("/umkm/new");
  await officer.getByLabel("Nama usaha", { exact: true }).fill(name);
  await officer.getByLabel("NIB (opsional)").fill(nib);
  await officer.getByLabel("Kode KBLI").fill("56290");
  await officer
    .getByLabel("Produk/jasa")
    .fill("Katering makan karyawan tiga shift, nasi kotak halal, prasmanan kantin pabrik");
  await officer.getByLabel("Nama pemilik").fill("Masniari Purba");
  await officer.getByLabel("Nomor telepon/HP").fill("0813 7000 3131");
  await officer.getByLabel("Kabupaten/kota").selectOption("12.08");
  await officer.getByLabel("Kecamatan").selectOption("12.08.03");
  await officer.getByLabel("Modal usaha (Rp, tanpa tanah dan bangunan)").fill("Rp 200.000.000");
  await officer.getByLabel("Omzet tahunan (Rp)").fill("900.000.000");
  await officer.getByRole("button", { name: "Simpan" }).click();
  await expect(officer).toHaveURL(/\/umkm\/[0-9a-f-]{36}$/);
  const umkmId = officer.url().split("/").pop()!;
  // Its paperwork already holds the NIB as issued.
  await expect(officer.getByTestId("paperwork-table")).toContainText(nib);

  // 2. Matching for the need: its card's score and panel say the same, by name.
  await officer.goto(`/needs/${needId}/matches`);
  await officer.getByRole("button", { name: "Jalankan pencocokan" }).click();
  await expect(officer.getByTestId("run-matching-status")).toContainText("Pencocokan selesai", { timeout: 60_000 });
  await officer.reload();
  const card = officer.locator(`[data-testid="candidate"][data-umkm-id="${umkmId}"]`);
  await card.locator("summary").click();
  await expectOneAnswer(card, "1 dari 3 dokumen siap");
  await expect(card.getByTestId("readiness").locator("[data-state='READY']")).toHaveCount(1);
  await card.getByRole("button", { name: "Setujui" }).click();
  // The approval redirects back and re-renders the whole table: more than 5 s on a loaded machine.
  await expect(officer.locator(`[data-testid="candidate"][data-umkm-id="${umkmId}"]`)).toHaveAttribute(
    "data-status",
    "APPROVED",
    { timeout: 30_000 },
  );

  // 3. The match page.
  const approvedCard = officer.locator(`[data-testid="candidate"][data-umkm-id="${umkmId}"]`);
  // The re-rendered row may keep its reasons open (the browser keeps <details> state): open only if closed.
  if (
    !(await approvedCard.getByTestId("candidate-details").evaluate((details) => (details as HTMLDetailsElement).open))
  )
    await approvedCard.locator("summary").click();
  await approvedCard.getByRole("link", { name: "Lihat detail kecocokan" }).click();
  await expect(officer).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  await expectOneAnswer(officer.locator("main"), "1 dari 3 dokumen siap");

  // 4. The owner's checklist for the introduction.
  const output = execFileSync(
    "npx",
    ["--no-install", "tsx", "--conditions=react-server", "tests/e2e/support/matching-owner.ts", umkmId],
    { env: process.env, encoding: "utf8" },
  );
  const account = JSON.parse(output.trim().split("\n").pop() ?? "{}") as { email: string; password: string };
  const owner = await newPage(browser, account.email, account.password);
  await owner.goto("/my-business/paperwork");
  const checklist = owner.getByTestId(`readiness-list-${needId}`);
  await expect(checklist).toContainText("1 dari 3 dokumen siap.");
  await expect(checklist).toContainText("Siap: Nomor Induk Berusaha (NIB)");
  await expect(checklist).toContainText(`Belum ada: ${HALAL}`);
  await expect(checklist).not.toHaveText(CODES);
});
