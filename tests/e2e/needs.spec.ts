import { expect, test } from "@playwright/test";
import { seedUuid } from "../../prisma/seed/random";
import { demoUser, signIn } from "./helpers";

// Company staff post a catering need with a PDF specification and publish it; an officer
// finds it with the browsing filters; another firm's staff cannot even learn it exists.

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const TITLE = `Katering tim investor Korea ${Date.now().toString(36)}`;
// The smallest file the server accepts as a PDF: the type is checked from these bytes.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("company staff post a catering need with an attachment and publish it; an officer finds it by filter", async ({
  browser,
}) => {
  // Three users sign in (argon2 each) on a 2-core machine shared with the other worker.
  test.setTimeout(90_000);
  const staff = await browser.newPage();
  await signIn(staff, demoUser("COMPANY_STAFF", "agincourt@demo.kemitraan.id").email);
  await staff.goto("/needs");
  await staff.getByRole("link", { name: "Tambah kebutuhan" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Tambah kebutuhan rantai pasok");

  // An empty submission is answered field by field and saves nothing.
  await staff.getByRole("button", { name: "Simpan" }).click();
  await expect(staff.getByTestId("form-error")).toContainText("Kebutuhan belum disimpan");
  await expect(staff.getByLabel("Judul kebutuhan")).toHaveAttribute("aria-invalid", "true");
  await expect(staff.getByText("Isi judul kebutuhan.")).toBeVisible();
  // The focus is on the error summary (GOV.UK pattern); its link leads to the field.
  await expect(staff.locator("[data-error-summary]")).toBeFocused();
  await staff.getByTestId("error-summary-links").getByRole("link", { name: "Judul kebutuhan" }).click();
  await expect(staff.getByLabel("Judul kebutuhan")).toBeFocused();
  await expect(staff).toHaveURL(/\/needs\/new$/);

  await staff.getByLabel("Judul kebutuhan").fill(TITLE);
  await staff
    .getByLabel("Spesifikasi / uraian")
    .fill("Makan siang dan makan malam 120 porsi per hari untuk tim investor asing, menu halal, prasmanan di site.");
  await staff.getByLabel("Kode KBLI (5 digit)").fill("56210");
  await staff.getByLabel("Kabupaten/kota pengiriman").selectOption("12.03");
  await staff.getByLabel("Jumlah", { exact: true }).fill("120");
  await staff.getByLabel("Satuan").fill("porsi per hari");
  await staff.getByLabel("Frekuensi").selectOption("DAILY");
  await staff.getByLabel("Perkiraan nilai (Rp, bilangan bulat)").fill("900.000.000");
  await staff.getByLabel("Periode mulai").fill(iso(60));
  await staff.getByLabel("Periode selesai").fill(iso(240));
  await staff.getByLabel("Batas tanggapan").fill(iso(30));
  await staff.getByLabel("Sertifikat Halal").check();
  await staff.getByLabel("Sertifikat Laik Higiene Sanitasi (SLHS)").check();
  await staff.getByRole("button", { name: "Simpan" }).click();

  await expect(staff).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
  const needUrl = new URL(staff.url()).pathname;
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(staff.getByText("Draf", { exact: true })).toBeVisible();
  await expect(staff.getByTestId("need-facts")).toContainText("Sertifikat Laik Higiene Sanitasi (SLHS)");

  await staff
    .getByLabel("Berkas")
    .setInputFiles({ name: "standar-katering.pdf", mimeType: "application/pdf", buffer: PDF });
  await staff.getByRole("button", { name: "Unggah" }).click();
  await expect(staff.getByTestId("attachment-status")).toHaveText("Lampiran diunggah.");
  const link = staff.getByRole("link", { name: "standar-katering.pdf" });
  await expect(link).toBeVisible();
  const download = await staff.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; .*filename\*=UTF-8''standar-katering\.pdf$/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");

  await staff.getByRole("button", { name: "Umumkan (buka)" }).click();
  await expect(staff.getByTestId("transition-status")).toHaveText("Status diubah menjadi Terbuka.");
  await expect(staff.getByText("Terbuka", { exact: true })).toBeVisible();
  await staff.close();

  const officer = await browser.newPage();
  await signIn(officer, demoUser("PMPTSP_OFFICER").email);
  await officer.goto("/needs");
  await officer.getByLabel("Cari teks").fill("investor Korea");
  await officer.getByLabel("Status").selectOption("OPEN");
  await officer.getByLabel("Awalan KBLI").fill("5621");
  await officer.getByLabel("Kabupaten/kota").selectOption("12.03");
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await expect(officer).toHaveURL(/[?&]q=investor\+Korea/);
  await expect(officer).toHaveURL(/[?&]kbli=5621/);
  const rows = officer.getByTestId("needs-table").locator("tbody tr");
  await expect(rows.filter({ hasText: TITLE })).toHaveCount(1);
  await expect(rows.filter({ hasText: TITLE })).toContainText("PT Agincourt Resources");
  await rows.getByRole("link", { name: TITLE }).click();
  await expect(officer).toHaveURL(new RegExp(`${needUrl}$`));
  await officer.close();

  // Staff of another firm get the plain 404 page for the same id: existence stays private.
  const other = await browser.newPage();
  await signIn(other, demoUser("COMPANY_STAFF", "inalum@demo.kemitraan.id").email);
  const response = await other.goto(needUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByText(TITLE)).toHaveCount(0);
  await other.close();
});

test("an edit made on a stale form is refused with a plain message and overwrites nothing", async ({ browser }) => {
  test.setTimeout(60_000);
  const needPath = `/needs/${seedUuid("need:inalum-cleaning")}`;
  // Firm staff open the edit form first …
  const staff = await browser.newPage();
  await signIn(staff, demoUser("COMPANY_STAFF", "inalum@demo.kemitraan.id").email);
  await staff.goto(`${needPath}/edit`);
  await expect(staff.getByTestId("need-form")).toBeVisible();

  // … then an officer changes the same need on the firm's behalf and saves.
  const officer = await browser.newPage();
  await signIn(officer, demoUser("PMPTSP_OFFICER").email);
  await officer.goto(`${needPath}/edit`);
  await officer.getByLabel("Satuan").fill("bulan layanan");
  await officer.getByRole("button", { name: "Simpan" }).click();
  await expect(officer).toHaveURL(new RegExp(`${needPath}$`));
  await officer.close();

  await staff.getByLabel("Judul kebutuhan").fill("Judul dari formulir yang usang");
  await staff.getByRole("button", { name: "Simpan" }).click();
  await expect(staff.getByTestId("form-error")).toHaveText(
    "Kebutuhan ini telah diubah oleh orang lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru.",
  );
  await staff.goto(needPath);
  await expect(staff.getByRole("heading", { level: 1 })).not.toHaveText("Judul dari formulir yang usang");
  await expect(staff.getByTestId("need-facts")).toContainText("bulan layanan");
  await staff.close();
});

test("firm staff issue an API token that sees only their firm's needs, and revoking it shuts it out", async ({
  page,
  request,
}) => {
  await signIn(page, demoUser("COMPANY_STAFF", "agincourt@demo.kemitraan.id").email);
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Token API" }).click();
  await page.getByLabel("Nama token").fill("ERP pengadaan e2e");
  await page.getByRole("button", { name: "Buat token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^kp_/);
  const auth = { Authorization: `Bearer ${token}` };

  const list = await request.get("/api/v1/needs?limit=100", { headers: auth });
  expect(list.status()).toBe(200);
  const firms = new Set(((await list.json()).items as { firmName: string }[]).map((n) => n.firmName));
  expect(firms).toEqual(new Set(["PT Agincourt Resources"]));
  const foreign = await request.get(`/api/v1/needs/${seedUuid("need:inalum-scrap")}`, { headers: auth });
  expect(foreign.status()).toBe(404);
  expect(foreign.headers()["content-type"]).toBe("application/problem+json");

  await page.reload();
  await expect(page.getByTestId("tokens-table")).toContainText("ERP pengadaan e2e");
  await expect(page.getByTestId("tokens-table")).not.toContainText(token);
  await page.getByRole("button", { name: "Cabut ERP pengadaan e2e" }).click();
  await expect(page.getByTestId("tokens-table")).toContainText("Dicabut");
  expect((await request.get("/api/v1/needs", { headers: auth })).status()).toBe(401);

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumentasi REST API");
  await expect(page.getByRole("heading", { name: "PATCH /api/v1/needs/{id}" })).toBeVisible();
});
