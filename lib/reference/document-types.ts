/**
 * The paperwork a UMKM usually needs before a large firm can contract it. Steps are written
 * for owners with little digital experience: short, numbered, one action each, and they say
 * where to get free help. `kbliPrefixes` lists KBLI prefixes whose businesses usually need the
 * document (an empty list means every business: NIB, NPWP). Validity follows the rules in
 * force in 2025; ADMIN can correct any of this in the portal (the seed never overwrites).
 */
export type DocumentTypeReference = {
  code: string;
  nameId: string;
  nameEn: string;
  issuer: string;
  expires: boolean;
  validityMonths: number | null;
  numberPattern: string | null;
  kbliPrefixes: string[];
  stepsId: string;
  stepsEn: string;
  sortOrder: number;
};

const steps = (...lines: string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join("\n");

export const DOCUMENT_TYPES: readonly DocumentTypeReference[] = [
  {
    code: "NIB",
    nameId: "Nomor Induk Berusaha (NIB)",
    nameEn: "Business Identification Number (NIB)",
    issuer: "Lembaga OSS (Kementerian Investasi/BKPM) melalui OSS RBA",
    expires: false,
    validityMonths: null,
    numberPattern: "^[0-9]{13}$",
    kbliPrefixes: [],
    stepsId: steps(
      "Siapkan KTP (NIK), nomor HP dan email yang aktif.",
      "Buka oss.go.id, pilih Daftar, lalu pilih Usaha Mikro dan Kecil (UMK) perseorangan.",
      "Isi data usaha: alamat, modal, dan pilih KBLI yang sesuai dengan kegiatan usaha.",
      "Periksa data, setujui pernyataan mandiri, lalu klik Terbitkan NIB. Gratis dan langsung terbit.",
      "Unduh dan simpan NIB. Petugas Dinas PMPTSP atau Diskop UKM bisa mendampingi bila perlu.",
    ),
    stepsEn: steps(
      "Have your ID card (NIK), an active phone number and email ready.",
      "Open oss.go.id, choose Register, then Micro and Small Business (UMK), individual.",
      "Fill in the business details: address, capital, and the KBLI code that fits your activity.",
      "Check the data, accept the self-declaration, then click Issue NIB. It is free and immediate.",
      "Download and keep the NIB. Dinas PMPTSP or Diskop UKM officers can help you if needed.",
    ),
    sortOrder: 10,
  },
  {
    code: "NPWP",
    nameId: "Nomor Pokok Wajib Pajak (NPWP)",
    nameEn: "Taxpayer Identification Number (NPWP)",
    issuer: "Direktorat Jenderal Pajak (DJP)",
    expires: false,
    validityMonths: null,
    // 15 digits (old format) or 16 (NIK for individuals / the 2024 format for entities).
    numberPattern: "^[0-9]{15,16}$",
    kbliPrefixes: [],
    stepsId: steps(
      "Untuk perorangan, NIK di KTP kini berfungsi sebagai NPWP.",
      "Aktifkan akun pajak di laman DJP (Coretax) dengan NIK, email dan nomor HP.",
      "Untuk badan usaha (CV/PT), daftar di laman DJP dengan akta pendirian dan NIB.",
      "Simpan kartu atau surat keterangan NPWP; minta bantuan di KPP atau KP2KP terdekat bila bingung.",
    ),
    stepsEn: steps(
      "For individuals, the NIK on your ID card now serves as the NPWP.",
      "Activate your tax account on the DJP site (Coretax) with your NIK, email and phone number.",
      "For a CV or PT, register on the DJP site with the deed of establishment and the NIB.",
      "Keep the NPWP card or letter; ask at the nearest tax office (KPP/KP2KP) if unsure.",
    ),
    sortOrder: 20,
  },
  {
    code: "SERTIFIKAT_STANDAR",
    nameId: "Sertifikat Standar",
    nameEn: "Standard Certificate",
    issuer: "OSS RBA; diverifikasi kementerian/dinas teknis sesuai KBLI",
    expires: false,
    validityMonths: null,
    // Medium-risk activities (Menengah Rendah/Tinggi) in PP 5/2021 and PP 28/2025;
    // 49295 is the KBLI 2025 code for car rental with driver (49422 in KBLI 2020); car-rental
    // businesses often register their fleet under 77100 as well.
    kbliPrefixes: ["4942", "4943", "49295", "77100", "5621", "5629", "38", "52101", "80100"],
    numberPattern: null,
    stepsId: steps(
      "Pastikan sudah punya NIB dengan KBLI yang benar.",
      "Masuk ke oss.go.id, buka menu Perizinan Berusaha, pilih Sertifikat Standar untuk KBLI Anda.",
      "Isi pernyataan mandiri dan unggah dokumen yang diminta (misalnya foto tempat usaha).",
      "Untuk risiko menengah tinggi, tunggu verifikasi dinas teknis; pantau statusnya di OSS.",
    ),
    stepsEn: steps(
      "Make sure you already have an NIB with the right KBLI code.",
      "Log in to oss.go.id, open Business Licensing, choose Standard Certificate for your KBLI.",
      "Fill in the self-declaration and upload the requested documents (e.g. photos of the premises).",
      "For medium-high risk, wait for the technical office to verify; follow the status in OSS.",
    ),
    sortOrder: 30,
  },
  {
    code: "SPP_IRT",
    nameId: "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)",
    nameEn: "Home-Industry Food Production Certificate (SPP-IRT)",
    issuer: "Bupati/Wali Kota melalui Dinas Kesehatan kabupaten/kota (diajukan lewat OSS)",
    expires: true,
    validityMonths: 60,
    numberPattern: null,
    kbliPrefixes: ["10"],
    stepsId: steps(
      "Pastikan sudah punya NIB dengan KBLI industri makanan (kode 10).",
      "Ajukan SPP-IRT lewat OSS dan isi data produk, bahan dan kemasan.",
      "Ikuti Penyuluhan Keamanan Pangan (PKP) dari Dinas Kesehatan untuk mendapat sertifikatnya.",
      "Siapkan dapur produksi yang bersih untuk pemeriksaan petugas.",
      "SPP-IRT berlaku 5 tahun; ajukan perpanjangan sebelum habis masa berlakunya.",
    ),
    stepsEn: steps(
      "Make sure you have an NIB with a food-manufacturing KBLI (code 10).",
      "Apply for SPP-IRT through OSS with your product, ingredients and packaging details.",
      "Attend the food-safety course (PKP) run by the District Health Office to get its certificate.",
      "Keep the production kitchen clean for the officer's inspection.",
      "SPP-IRT is valid for 5 years; apply for renewal before it expires.",
    ),
    sortOrder: 40,
  },
  {
    code: "HALAL",
    nameId: "Sertifikat Halal",
    nameEn: "Halal Certificate",
    issuer: "BPJPH (Kementerian Agama) melalui SIHALAL; jalur self-declare untuk usaha mikro dan kecil",
    // Since UU 6/2023 (amending UU 33/2014 Pasal 42) a halal certificate stays valid as long
    // as the ingredients and production process do not change: no fixed expiry.
    expires: false,
    validityMonths: null,
    numberPattern: null,
    kbliPrefixes: ["10", "11", "561", "562", "563"],
    stepsId: steps(
      "Siapkan NIB dan daftar bahan yang dipakai.",
      "Buat akun di ptsp.halal.go.id (SIHALAL).",
      "Usaha mikro/kecil dengan bahan sederhana bisa memilih jalur self-declare (sering gratis lewat program SEHATI).",
      "Pendamping Proses Produk Halal (PPH) akan memeriksa bahan dan cara produksi Anda.",
      "Sertifikat terbit di SIHALAL dan berlaku selama bahan dan proses produksi tidak berubah.",
    ),
    stepsEn: steps(
      "Have your NIB and the list of ingredients you use ready.",
      "Create an account on ptsp.halal.go.id (SIHALAL).",
      "Micro/small businesses with simple ingredients can use the self-declare route (often free under SEHATI).",
      "A halal process assistant (PPH) will check your ingredients and production method.",
      "The certificate is issued in SIHALAL and stays valid while ingredients and process do not change.",
    ),
    sortOrder: 50,
  },
  {
    code: "SLHS",
    nameId: "Sertifikat Laik Higiene Sanitasi (SLHS)",
    nameEn: "Hygiene and Sanitation Certificate (SLHS)",
    issuer: "Dinas Kesehatan kabupaten/kota",
    // Permenkes 1096/2011 on jasa boga: valid 3 years.
    expires: true,
    validityMonths: 36,
    numberPattern: null,
    kbliPrefixes: ["5610", "5621", "5629"],
    stepsId: steps(
      "Pastikan penjamah makanan sudah ikut kursus higiene sanitasi pangan.",
      "Ajukan permohonan SLHS ke Dinas Kesehatan (lewat OSS atau loket dinas).",
      "Petugas memeriksa dapur dan mengambil sampel makanan serta air untuk diuji di laboratorium.",
      "Perbaiki catatan pemeriksaan bila ada, lalu SLHS diterbitkan. Berlaku 3 tahun.",
    ),
    stepsEn: steps(
      "Make sure your food handlers have completed a food-hygiene course.",
      "Apply for the SLHS at the District Health Office (through OSS or at its counter).",
      "Officers inspect the kitchen and take food and water samples for laboratory tests.",
      "Fix any findings, then the SLHS is issued. It is valid for 3 years.",
    ),
    sortOrder: 60,
  },
  {
    code: "SNI",
    nameId: "Sertifikat Produk Penggunaan Tanda SNI (SPPT SNI)",
    nameEn: "Product Certificate for the SNI Mark (SPPT SNI)",
    issuer: "Lembaga Sertifikasi Produk (LSPro) terakreditasi KAN",
    expires: true,
    validityMonths: 48,
    numberPattern: null,
    kbliPrefixes: ["251", "259"],
    stepsId: steps(
      "Cari tahu SNI yang berlaku untuk produk Anda (tanya Dinas Perindustrian).",
      "Pilih LSPro terakreditasi KAN dan ajukan permohonan sertifikasi.",
      "LSPro mengaudit tempat produksi dan menguji contoh produk di laboratorium.",
      "Setelah lulus, SPPT SNI terbit dan produk boleh memakai tanda SNI; ada audit berkala.",
    ),
    stepsEn: steps(
      "Find out which SNI standard applies to your product (ask the Industry Office).",
      "Choose a KAN-accredited product certification body (LSPro) and apply.",
      "The LSPro audits your workshop and tests product samples in a laboratory.",
      "Once passed, the certificate is issued and the product may carry the SNI mark; audits follow.",
    ),
    sortOrder: 70,
  },
  {
    code: "BPOM_MD",
    nameId: "Izin Edar BPOM (MD)",
    nameEn: "BPOM Marketing Authorisation (MD)",
    issuer: "Badan Pengawas Obat dan Makanan (BPOM)",
    expires: true,
    validityMonths: 60,
    numberPattern: null,
    kbliPrefixes: ["10", "11"],
    stepsId: steps(
      "Izin edar MD diperlukan untuk pangan olahan yang tidak bisa memakai SPP-IRT (misalnya produk beku atau berisiko tinggi).",
      "Daftarkan sarana produksi dan dapatkan hasil pemeriksaan dari Balai POM setempat.",
      "Ajukan registrasi produk lewat laman e-registration BPOM dengan label dan hasil uji.",
      "Bayar PNBP sesuai tagihan; nomor izin edar MD terbit dan berlaku 5 tahun.",
    ),
    stepsEn: steps(
      "An MD authorisation is needed for processed foods that cannot use SPP-IRT (e.g. frozen or high-risk products).",
      "Register your production site and get it inspected by the local Balai POM.",
      "Register the product on BPOM's e-registration site with the label and test results.",
      "Pay the fee; the MD number is issued and is valid for 5 years.",
    ),
    sortOrder: 80,
  },
  {
    code: "SBU_KONSTRUKSI",
    nameId: "Sertifikat Badan Usaha (SBU) Jasa Konstruksi",
    nameEn: "Construction Business Entity Certificate (SBU)",
    issuer: "Lembaga Sertifikasi Badan Usaha (LSBU) tercatat di LPJK, Kementerian PUPR",
    expires: true,
    validityMonths: 36,
    numberPattern: null,
    kbliPrefixes: ["41", "42", "43"],
    stepsId: steps(
      "Pastikan usaha berbentuk badan usaha (CV/PT) dan punya NIB dengan KBLI konstruksi.",
      "Siapkan tenaga ahli bersertifikat (SKK) dan daftar peralatan.",
      "Ajukan SBU ke LSBU yang terdaftar di LPJK lewat sistem SIJK/OSS.",
      "SBU berlaku 3 tahun; jaga data tenaga ahli tetap aktif.",
    ),
    stepsEn: steps(
      "Make sure the business is a CV or PT with an NIB for a construction KBLI.",
      "Have certified technical staff (SKK) and an equipment list ready.",
      "Apply for the SBU at an LPJK-registered certification body (LSBU) via SIJK/OSS.",
      "The SBU is valid for 3 years; keep the technical-staff records up to date.",
    ),
    sortOrder: 90,
  },
  {
    code: "KIR",
    nameId: "Bukti Lulus Uji Berkala Kendaraan (KIR)",
    nameEn: "Periodic Vehicle Roadworthiness Test (KIR)",
    issuer: "Dinas Perhubungan kabupaten/kota (UPT Pengujian Kendaraan Bermotor)",
    expires: true,
    validityMonths: 6,
    numberPattern: null,
    kbliPrefixes: ["4942", "4943", "49295", "77100"],
    stepsId: steps(
      "Bawa kendaraan, STNK dan bukti uji sebelumnya ke tempat uji KIR Dinas Perhubungan.",
      "Bayar retribusi uji sesuai peraturan daerah.",
      "Kendaraan diperiksa: rem, lampu, emisi, ban dan kelengkapan.",
      "Bila lulus, kartu/bukti lulus uji elektronik terbit; ulangi setiap 6 bulan.",
    ),
    stepsEn: steps(
      "Bring the vehicle, its registration (STNK) and the previous test proof to the Dishub test site.",
      "Pay the test fee set by the local regulation.",
      "The vehicle is checked: brakes, lights, emissions, tyres and equipment.",
      "If it passes, the electronic test card is issued; repeat every 6 months.",
    ),
    sortOrder: 100,
  },
  {
    code: "IZIN_ANGKUTAN",
    nameId: "Izin Penyelenggaraan Angkutan Orang Tidak dalam Trayek (Angkutan Sewa)",
    nameEn: "Non-Scheduled Passenger Transport Licence (Car Rental with Driver)",
    issuer: "Dinas Perhubungan provinsi/kabupaten/kota melalui OSS",
    expires: true,
    validityMonths: 60,
    numberPattern: null,
    kbliPrefixes: ["4942", "49295"],
    stepsId: steps(
      "Siapkan NIB dengan KBLI angkutan sewa, STNK atas nama usaha dan bukti lulus uji KIR.",
      "Siapkan tempat penyimpanan kendaraan (pool) dan kerja sama bengkel perawatan.",
      "Ajukan izin lewat OSS; Dinas Perhubungan memeriksa kendaraan dan pool.",
      "Izin terbit beserta kartu pengawasan tiap kendaraan; berlaku 5 tahun.",
    ),
    stepsEn: steps(
      "Have an NIB with the car-rental KBLI, vehicle registrations in the business's name and KIR test proof.",
      "Arrange a vehicle depot (pool) and a maintenance agreement with a workshop.",
      "Apply through OSS; the Transport Office inspects the vehicles and the depot.",
      "The licence is issued with a supervision card for each vehicle; it is valid for 5 years.",
    ),
    sortOrder: 110,
  },
];
