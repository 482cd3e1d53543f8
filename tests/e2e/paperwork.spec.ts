import { execFileSync } from "node:child_process";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Issue 6's journey: PT Agincourt's catering need requires NIB + halal + SLHS; a caterer that
// has none of them is matched to it (SUGGESTED). A PMPTSP officer opens an assistance case for
// each document from the UMKM page, records each document's progress up to ISSUED (a malformed
// NIB is refused on the way), and the readiness panel for that need turns complete. Issuing a
// document resolves its case: the queue, which listed the three cases, is empty afterwards.

const TAG = `E2E${Date.now().toString(36)}`;
const NIB = `7${String(Date.now()).slice(-12)}`;
const wibDate = (days = 0) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const OFFICER_ID = demoUser("PMPTSP_OFFICER").id;

const DOCUMENTS = [
  { code: "NIB", name: "Nomor Induk Berusaha (NIB)", number: NIB },
  { code: "HALAL", name: "Sertifikat Halal", number: "ID12110000987650326" },
  { code: "SLHS", name: "Sertifikat Laik Higiene Sanitasi (SLHS)", number: "441/017/SLHS/DINKES/2026" },
] as const;

type Fixture = { umkmId: string; needId: string; matchId: string; businessName: string };

function createFixture(): Fixture {
  const output = execFileSync(
    "npx",
    ["--no-install", "tsx", "--conditions=react-server", "tests/e2e/support/paperwork-setup.ts", TAG],
    { env: process.env, encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Fixture;
}

async function editForm(page: Page, doc: (typeof DOCUMENTS)[number]): Promise<Locator> {
  await page.getByTestId(`paperwork-edit-${doc.code}`).locator("summary").click();
  return page.getByTestId(`paperwork-form-${doc.code}`);
}

async function record(
  page: Page,
  doc: (typeof DOCUMENTS)[number],
  status: string,
  fields: { number?: string; issuedOn?: string } = {},
): Promise<void> {
  const form = await editForm(page, doc);
  await form.getByLabel("Status").selectOption({ label: status });
  if (fields.number) await form.getByLabel("Nomor dokumen").fill(fields.number);
  if (fields.issuedOn) await form.getByLabel("Tanggal terbit").fill(fields.issuedOn);
  await form.getByRole("button", { name: `Simpan ${doc.name}` }).click();
  await expect(page.getByTestId("paperwork-saved")).toHaveText(`Tersimpan: ${doc.name}.`);
}

test("an officer opens cases for a caterer's missing documents, records them to ISSUED and the need's readiness turns complete", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const fixture = createFixture();
  await signIn(page, demoUser("PMPTSP_OFFICER").email);
  await page.goto(`/umkm/${fixture.umkmId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.businessName);

  // 1. The readiness panel names what is missing for the catering need.
  const readiness = page.getByTestId(`readiness-list-${fixture.needId}`);
  await expect(readiness).toHaveAttribute("data-complete", "false");
  await expect(readiness).toContainText("0 dari 3 dokumen siap.");
  for (const doc of DOCUMENTS) await expect(readiness).toContainText(`Belum ada: ${doc.name}`);

  // 2. One assistance case per document, for the need, assigned to the officer, due in two weeks.
  for (const doc of DOCUMENTS) {
    const form = page.getByTestId("open-case-form");
    if (!(await form.isVisible())) await page.getByText("Buka kasus pendampingan dokumen").click();
    await form.getByLabel("Dokumen").selectOption({ label: doc.name });
    await form.getByLabel("Untuk kebutuhan").selectOption({ value: fixture.needId });
    await form.getByLabel("Ditangani oleh").selectOption({ value: OFFICER_ID });
    await form.getByLabel("Tenggat").fill(wibDate(14));
    await form.getByRole("button", { name: "Buka kasus" }).click();
    await expect(page.getByTestId("case-opened")).toContainText("Kasus dibuka.");
    await expect(page.getByTestId("umkm-cases")).toContainText(doc.name);
  }
  // A second case for the same document is refused in words.
  const again = page.getByTestId("open-case-form");
  if (!(await again.isVisible())) await page.getByText("Buka kasus pendampingan dokumen").click();
  await again.getByLabel("Dokumen").selectOption({ label: DOCUMENTS[0].name });
  await again.getByRole("button", { name: "Buka kasus" }).click();
  await expect(again.getByText("Sudah ada kasus berjalan untuk dokumen ini; lanjutkan kasus tersebut.")).toBeVisible();

  // 2b. The officer's queue lists the three cases; the NIB case gets a step (OPEN → IN_PROGRESS).
  await page.goto("/cases");
  const queue = page.getByTestId("case-queue");
  await expect(queue.getByRole("row", { name: new RegExp(fixture.businessName) })).toHaveCount(3);
  await queue
    .getByRole("row", { name: new RegExp(fixture.businessName) })
    .getByRole("link", { name: DOCUMENTS[0].name })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${DOCUMENTS[0].name} untuk ${fixture.businessName}`,
  );
  const nibCaseUrl = page.url();
  await page.getByLabel("Langkah yang dilakukan").fill("Mendampingi pemilik membuat akun OSS dan menerbitkan NIB.");
  await page.getByRole("button", { name: "Catat langkah" }).click();
  await expect(page.getByTestId("case-done")).toHaveText("Langkah dicatat.");
  await expect(page.getByTestId("case-details")).toContainText("Sedang ditangani");
  await page.goto(`/umkm/${fixture.umkmId}`);

  // 3. Progress: Sedang diurus → Sudah diajukan → Terbit. A malformed NIB is refused next to its field.
  for (const doc of DOCUMENTS) {
    await record(page, doc, "Sedang diurus");
    await expect(readiness).toContainText(`Sedang diurus: ${doc.name}`);
    await record(page, doc, "Sudah diajukan");
  }
  const nibForm = await editForm(page, DOCUMENTS[0]);
  await nibForm.getByLabel("Status").selectOption({ label: "Terbit" });
  await nibForm.getByLabel("Nomor dokumen").fill("12345");
  await nibForm.getByLabel("Tanggal terbit").fill(wibDate());
  await nibForm.getByRole("button", { name: `Simpan ${DOCUMENTS[0].name}` }).click();
  await expect(nibForm.getByText("Nomor tidak sesuai format dokumen ini.")).toBeVisible();
  await expect(nibForm.getByLabel("Nomor dokumen")).toHaveAttribute("aria-invalid", "true");
  await expect(nibForm.getByLabel("Status").locator("option")).toHaveText(["Sudah diajukan", "Terbit", "Ditolak"]);
  await page.reload();
  for (const doc of DOCUMENTS) await record(page, doc, "Terbit", { number: doc.number, issuedOn: wibDate() });

  // 4. The need's readiness is complete; the table shows the numbers; the NIB reached the profile.
  await expect(readiness).toHaveAttribute("data-complete", "true");
  await expect(readiness).toContainText("Lengkap: 3 dokumen siap.");
  for (const doc of DOCUMENTS) await expect(page.getByTestId("paperwork-table")).toContainText(doc.number);
  await expect(page.getByTestId("umkm-profile")).toContainText(NIB);
  await expect(page.getByTestId("paperwork-history")).toContainText("Sudah diajukan → Terbit");

  // 4b. The match's own page says the same: every required document is ready.
  await page.goto(`/matches/${fixture.matchId}`);
  const matchReadiness = page.getByTestId("readiness");
  await expect(matchReadiness).toContainText("3 dari 3 dokumen siap");
  await expect(matchReadiness.locator("[data-state='READY']")).toHaveCount(3);

  // 5. Each document's case followed it: issuing resolved it (audited), so the queue no longer
  // lists them, and the NIB case says why.
  await page.goto("/cases");
  await expect(page.getByTestId("case-queue").getByRole("row", { name: new RegExp(fixture.businessName) })).toHaveCount(
    0,
  );
  await page.goto(nibCaseUrl);
  await expect(page.getByTestId("case-details")).toContainText("Selesai");
  await expect(page.getByTestId("case-details")).toContainText("Dokumen telah terbit; kasus selesai otomatis.");
});
