import { expect, test, type Page } from "@playwright/test";
import { xlsxBomb } from "../setup/zip";
import { demoUser, signIn } from "./helpers";

// Diskop staff import a small CSV with two bad rows, see the row errors, import nothing, upload
// the corrected file and import it, then nominate one of the new UMKM; a PMPTSP officer
// verifies the nomination. Names and NIBs are unique per run (other specs share the database).

const TAG = `E2E${Date.now().toString(36)}`;
const NIB_A = `5${String(Date.now()).slice(-12)}`;
const NIB_B = `6${String(Date.now()).slice(-12)}`;
const HEADER =
  "business_name;owner_name;phone;nib;kbli_codes;products;regency_code;district_code;capital_rp;annual_sales_rp;capacity";
const row = (name: string, nib: string, regency: string, district: string) =>
  `${name} ${TAG};Sri Wahyuni;0812-7000-1000;${nib};56210;Nasi kotak dan katering harian;${regency};${district};Rp 150.000.000;600.000.000;2`;

function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: "umkm.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`, "utf8"),
  };
}

async function upload(page: Page, file: ReturnType<typeof csv>): Promise<void> {
  await page.goto("/umkm/import");
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(file);
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await expect(page).toHaveURL(/\/umkm\/import\?job=/);
  await expect(page.getByTestId("import-status")).toHaveText("Pemeriksaan selesai.", { timeout: 30_000 });
}

test("Diskop staff import a corrected CSV and nominate one UMKM; an officer verifies it", async ({ browser }) => {
  test.setTimeout(120_000);
  const diskop = await browser.newPage();
  await signIn(diskop, demoUser("DISKOP_STAFF").email);

  // 1. A file with two bad rows: the errors name line and column; nothing is imported.
  await upload(
    diskop,
    csv([
      row("Katering Sejahtera", NIB_A, "12.71", "12.71.01"),
      row("Katering Rasa", "12345", "12.71", "12.71.02"),
      row("Katering Bunda", "", "12.71", "12.19.01"),
      row("Bengkel Maju", "", "12.07", "12.07.01"),
    ]),
  );
  await expect(diskop.getByTestId("count-valid")).toHaveText("2");
  await expect(diskop.getByTestId("count-invalid")).toHaveText("2");
  const errors = diskop.getByTestId("import-errors");
  await expect(errors.getByRole("row", { name: /3 nib NIB harus tepat 13 angka/ })).toBeVisible();
  await expect(
    errors.getByRole("row", { name: /4 district_code Kecamatan ini bukan bagian dari kabupaten\/kota yang dipilih/ }),
  ).toBeVisible();
  const report = await diskop.request.get(
    (await diskop.getByRole("link", { name: "Unduh laporan kesalahan (CSV)" }).getAttribute("href")) ?? "",
  );
  expect(report.headers()["content-type"]).toContain("text/csv");
  expect(await report.text()).toContain("3,nib,NIB harus tepat 13 angka.,12345");
  await diskop.getByRole("button", { name: "Jangan impor apa pun" }).click();
  await expect(diskop.getByTestId("import-status")).toHaveText("Impor dibatalkan. Tidak ada data yang diimpor.");

  // 2. The corrected file: every row valid, imported in one go.
  await diskop.getByRole("link", { name: "Unggah berkas yang sudah diperbaiki" }).click();
  await upload(
    diskop,
    csv([
      row("Katering Sejahtera", NIB_A, "12.71", "12.71.01"),
      row("Katering Rasa", NIB_B, "12.71", "12.71.02"),
      row("Katering Bunda", "", "12.71", "12.71.03"),
      row("Bengkel Maju", "", "12.07", "12.07.01"),
    ]),
  );
  await expect(diskop.getByTestId("count-valid")).toHaveText("4");
  await diskop.getByRole("button", { name: "Impor 4 baris valid" }).click();
  await expect(diskop.getByTestId("import-status")).toHaveText("Impor selesai: 4 UMKM ditambahkan ke registri.");

  // 3. Nominate one of them from its profile.
  // Found through the registry filter on its kecamatan (a handful of rows: page one).
  await diskop.goto("/umkm?regency=12.71&district=12.71.01");
  await diskop.getByRole("link", { name: `Katering Sejahtera ${TAG}` }).click();
  await expect(diskop.getByRole("heading", { level: 1 })).toHaveText(`Katering Sejahtera ${TAG}`);
  await expect(diskop.getByTestId("umkm-profile")).toContainText(NIB_A);
  await diskop.getByRole("button", { name: "Kirim nominasi" }).click();
  await expect(diskop.getByText("Tulis alasan minimal 10 karakter.")).toBeVisible();
  await expect(diskop.getByLabel("Alasan", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await diskop
    .getByLabel("Alasan", { exact: true })
    .fill("Omzet tumbuh dan dapur siap melayani katering karyawan tambang.");
  await diskop.getByLabel("Catatan kesiapan").fill("NIB sudah terbit; SLHS sedang diurus.");
  await diskop.getByLabel("Sektor tujuan (kode KBLI)").fill("56210");
  await diskop.getByRole("button", { name: "Kirim nominasi" }).click();
  await expect(diskop).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);
  // The redirect's flash message confirms the action once (lib/forms/flash-cookie.ts).
  await expect(diskop.getByTestId("flash-message")).toHaveText("Nominasi terkirim.");
  await expect(diskop.getByTestId("nomination-details")).toContainText("Diusulkan");
  // The nominating staff could withdraw it; verifying is the officer's.
  await expect(diskop.getByRole("button", { name: "Tarik nominasi" })).toBeVisible();
  await expect(diskop.getByRole("button", { name: "Verifikasi" })).toHaveCount(0);

  // 4. An officer verifies it.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, demoUser("PMPTSP_OFFICER").email);
  await officer.goto("/nominations?status=PROPOSED");
  await officer.getByRole("link", { name: `Katering Sejahtera ${TAG}` }).click();
  await officer.getByRole("button", { name: "Verifikasi" }).click();
  await expect(officer.getByTestId("nomination-updated")).toHaveText("Status nominasi diperbarui.");
  await expect(officer.getByTestId("nomination-details")).toContainText("Terverifikasi");
  await expect(officer.getByTestId("nomination-history")).toContainText("Diusulkan → Terverifikasi");
  await officer.goto("/nominations?status=VERIFIED");
  await expect(officer.getByRole("link", { name: `Katering Sejahtera ${TAG}` })).toBeVisible();
  await officerContext.close();
});

// The production build parses uploads in its worker thread (a Turbopack-bundled entry): a
// decompression bomb ends its job FAILED with the reason while the server keeps answering.
// The size the page states is the size enforced: 15 MB passes Next.js's proxy body buffer
// whole; 21 MB is refused as "Berkas lebih dari 20 MB." (it was cut and read as "no file").
test("import limits: a 15 MB CSV is checked, 21 MB is refused by its size, an XLSX bomb fails cleanly", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demoUser("DISKOP_STAFF").email);
  await page.goto("/umkm/import");
  await expect(page.getByText("paling besar 20 MB")).toBeVisible();

  const padded = (megabytes: number) => {
    const head = `${HEADER}\r\n${row("Katering Besar", "", "12.71", "12.71.01")}\r\n`;
    return {
      name: "besar.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(head + "\r\n".repeat((megabytes * 1024 * 1024 - head.length) / 2)),
    };
  };
  await upload(page, padded(15));
  await expect(page.getByTestId("count-total")).toHaveText("1");
  await page.getByRole("button", { name: "Jangan impor apa pun" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Impor dibatalkan. Tidak ada data yang diimpor.");

  await page.goto("/umkm/import");
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(padded(21));
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await expect(page).toHaveURL(/\/umkm\/import\?error=fileTooLarge$/);
  await expect(page.getByTestId("form-error")).toHaveText("Berkas lebih dari 20 MB.");

  const bomb = await xlsxBomb(240, 100_000); // 0.3 MB on disk, 240 MiB unpacked, size declared as 100 kB
  await page.goto("/umkm/import");
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({
    name: "bom.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bomb,
  });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await expect(page.getByTestId("import-status")).toHaveText(
    "Pemeriksaan gagal. Tidak ada data yang diimpor. Unggah ulang berkas.",
    { timeout: 60_000 },
  );
  await expect(page.getByTestId("import-errors")).toContainText("Berkas terlalu besar setelah dibuka");
  expect((await page.request.get("/api/health")).ok()).toBe(true);
});
