import type { Frequency, InvestmentType, NeedStatus, UmkmScale } from "@/lib/generated/prisma/enums";

/**
 * Demo firms and their supply needs. PT Inalum and PT Agincourt Resources are the firms named
 * in the ANTARA article (scrap & used goods; car rental; catering for a foreign investor's
 * team); their needs here are illustrative, not their real tenders. The other three firms
 * are fictional but typical of the province (oil palm in Labuhanbatu, oleochemicals in KEK
 * Sei Mangkei, food processing in Kawasan Industri Medan). Contact details are demo-only.
 */
export type DemoCompany = {
  key: string;
  name: string;
  legalName: string;
  sector: string;
  investmentType: InvestmentType;
  regencyCode: string;
  address: string;
  contactName: string;
  website: string | null;
};

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  {
    key: "inalum",
    name: "PT Inalum",
    legalName: "PT Indonesia Asahan Aluminium",
    sector: "Peleburan aluminium (smelter)",
    investmentType: "BUMN",
    regencyCode: "12.19",
    address: "Kawasan Industri Kuala Tanjung, Kec. Sei Suka, Kab. Batu Bara, Sumatera Utara",
    contactName: "Bagian Pengadaan dan Kemitraan",
    website: "https://www.inalum.id",
  },
  {
    key: "agincourt",
    name: "PT Agincourt Resources",
    legalName: "PT Agincourt Resources",
    sector: "Pertambangan emas (Tambang Emas Martabe)",
    investmentType: "PMA",
    regencyCode: "12.03",
    address: "Tambang Emas Martabe, Kec. Batang Toru, Kab. Tapanuli Selatan, Sumatera Utara",
    contactName: "Supply Chain & Community Development",
    website: "https://www.agincourtresources.com",
  },
  {
    key: "sawit-bilah",
    name: "PT Sawit Bilah Lestari",
    legalName: "PT Sawit Bilah Lestari (demo)",
    sector: "Perkebunan dan pabrik kelapa sawit",
    investmentType: "PMDN",
    regencyCode: "12.10",
    address: "Jl. Lintas Sumatera Km 12, Kec. Bilah Hulu, Kab. Labuhanbatu, Sumatera Utara",
    contactName: "Kepala Bagian Umum PKS",
    website: null,
  },
  {
    key: "mangkei-oleo",
    name: "PT Mangkei Oleo Nusantara",
    legalName: "PT Mangkei Oleo Nusantara (demo)",
    sector: "Industri oleokimia (KEK Sei Mangkei)",
    investmentType: "PMA",
    regencyCode: "12.08",
    address: "KEK Sei Mangkei, Kec. Bosar Maligas, Kab. Simalungun, Sumatera Utara",
    contactName: "Procurement Officer",
    website: null,
  },
  {
    key: "deli-pangan",
    name: "PT Deli Pangan Sejahtera",
    legalName: "PT Deli Pangan Sejahtera (demo)",
    sector: "Industri makanan olahan (Kawasan Industri Medan)",
    investmentType: "PMDN",
    regencyCode: "12.71",
    address: "Kawasan Industri Medan II, Kec. Medan Deli, Kota Medan, Sumatera Utara",
    contactName: "Purchasing Manager",
    website: null,
  },
];

/** Timing in days relative to the seed date; negative values are in the past (closed needs). */
export type DemoNeed = {
  key: string;
  companyKey: string;
  title: string;
  description: string;
  status: NeedStatus;
  deliveryRegencyCode: string;
  quantity: number;
  unit: string;
  frequency: Frequency;
  estimatedValueRp: bigint;
  deadlineInDays: number;
  startInDays: number;
  months: number;
  slots: number;
  minScale: UmkmScale;
  maxScale: UmkmScale;
  kbli: string[];
  documents: string[];
};

export const DEMO_NEEDS: readonly DemoNeed[] = [
  {
    key: "inalum-scrap",
    companyKey: "inalum",
    title: "Pembelian barang bekas dan scrap non-B3 dari area pabrik Kuala Tanjung",
    description:
      "Pembelian rutin barang bekas non-B3: scrap besi dan baja, potongan kabel tembaga, aluminium non-produksi, drum kosong yang sudah dibersihkan, dan palet kayu. Mitra menyediakan timbangan, armada angkut dan tenaga bongkar muat, serta mematuhi aturan K3 di area pabrik.",
    status: "OPEN",
    deliveryRegencyCode: "12.19",
    quantity: 120,
    unit: "ton",
    frequency: "MONTHLY",
    estimatedValueRp: 1_800_000_000n,
    deadlineInDays: 30,
    startInDays: 60,
    months: 12,
    slots: 3,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["46696", "38301"],
    documents: ["NIB", "NPWP"],
  },
  {
    key: "inalum-cleaning",
    companyKey: "inalum",
    title: "Jasa kebersihan kantor dan mess karyawan",
    description:
      "Kebersihan harian gedung kantor dan mess karyawan di Kuala Tanjung, termasuk penyediaan bahan pembersih dan pengelolaan sampah domestik.",
    status: "DRAFT",
    deliveryRegencyCode: "12.19",
    quantity: 12,
    unit: "bulan",
    frequency: "MONTHLY",
    estimatedValueRp: 540_000_000n,
    deadlineInDays: 45,
    startInDays: 90,
    months: 12,
    slots: 2,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["81210", "81290"],
    documents: ["NIB"],
  },
  {
    key: "inalum-uniform",
    companyKey: "inalum",
    title: "Seragam kerja dan wearpack karyawan",
    description: "Pengadaan 2.500 stel wearpack katun dengan reflektor dan bordir logo perusahaan, ukuran S–XXXL.",
    status: "CLOSED",
    deliveryRegencyCode: "12.19",
    quantity: 2500,
    unit: "stel",
    frequency: "ONE_OFF",
    estimatedValueRp: 625_000_000n,
    deadlineInDays: -120,
    startInDays: -90,
    months: 2,
    slots: 2,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["14111", "14120"],
    documents: ["NIB"],
  },
  {
    key: "agincourt-rental",
    companyKey: "agincourt",
    title: "Sewa mobil double cabin dengan pengemudi untuk staf site Martabe",
    description:
      "Sewa 12 unit mobil double cabin 4x4 dengan pengemudi berpengalaman untuk mobilitas staf antara site Martabe, Batangtoru dan Padangsidimpuan. Kendaraan maksimal 5 tahun, lulus uji KIR, dilengkapi GPS; pengemudi memiliki SIM yang sesuai dan mengikuti induksi keselamatan tambang. KBLI 2020 49422 Angkutan Sewa (KBLI 2025: 49295).",
    status: "OPEN",
    deliveryRegencyCode: "12.03",
    quantity: 12,
    unit: "unit",
    frequency: "MONTHLY",
    estimatedValueRp: 2_160_000_000n,
    deadlineInDays: 21,
    startInDays: 45,
    months: 12,
    slots: 2,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["49422"],
    documents: ["NIB", "SERTIFIKAT_STANDAR"],
  },
  {
    key: "agincourt-catering",
    companyKey: "agincourt",
    title: "Katering untuk tim investor asing dan konsultan di site Martabe",
    description:
      "Makan siang dan makan malam untuk sekitar 150 orang per hari (tim investor asing, konsultan dan tamu), menu lokal dan internasional, halal, disajikan prasmanan di site. Dapur memenuhi standar higiene sanitasi; bahan segar dari petani sekitar diutamakan.",
    status: "OPEN",
    deliveryRegencyCode: "12.03",
    quantity: 150,
    unit: "porsi per hari",
    frequency: "DAILY",
    estimatedValueRp: 1_350_000_000n,
    deadlineInDays: 28,
    startInDays: 60,
    months: 6,
    slots: 1,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["56210", "56290"],
    documents: ["NIB", "HALAL", "SLHS"],
  },
  {
    key: "agincourt-vegetables",
    companyKey: "agincourt",
    title: "Pasokan sayur dan buah segar untuk dapur camp",
    description:
      "Pasokan mingguan sayur daun, tomat, cabai, kentang dan buah lokal untuk dapur camp karyawan; pengiriman dua kali seminggu.",
    status: "DRAFT",
    deliveryRegencyCode: "12.03",
    quantity: 2,
    unit: "ton per minggu",
    frequency: "WEEKLY",
    estimatedValueRp: 480_000_000n,
    deadlineInDays: 40,
    startInDays: 75,
    months: 12,
    slots: 3,
    minScale: "MIKRO",
    maxScale: "KECIL",
    kbli: ["01131", "01133", "46209"],
    documents: ["NIB"],
  },
  {
    key: "agincourt-laundry",
    companyKey: "agincourt",
    title: "Jasa laundry pakaian kerja karyawan",
    description: "Pencucian pakaian kerja dan linen mess, kapasitas 400 kg per minggu, antar-jemput di site.",
    status: "CLOSED",
    deliveryRegencyCode: "12.03",
    quantity: 400,
    unit: "kg per minggu",
    frequency: "WEEKLY",
    estimatedValueRp: 230_000_000n,
    deadlineInDays: -60,
    startInDays: -30,
    months: 12,
    slots: 1,
    minScale: "MIKRO",
    maxScale: "KECIL",
    kbli: ["96200"],
    documents: ["NIB"],
  },
  {
    key: "sawit-repair",
    companyKey: "sawit-bilah",
    title: "Perawatan dan reparasi mesin pabrik kelapa sawit",
    description:
      "Perawatan berkala dan perbaikan pompa, gearbox, conveyor dan mesin press di PKS; termasuk pekerjaan bubut dan las ringan.",
    status: "OPEN",
    deliveryRegencyCode: "12.10",
    quantity: 24,
    unit: "kunjungan",
    frequency: "MONTHLY",
    estimatedValueRp: 720_000_000n,
    deadlineInDays: 25,
    startInDays: 50,
    months: 12,
    slots: 2,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["33121", "33122", "25920"],
    documents: ["NIB", "NPWP"],
  },
  {
    key: "sawit-haulage",
    companyKey: "sawit-bilah",
    title: "Angkutan TBS dari kebun plasma ke pabrik",
    description:
      "Pengangkutan tandan buah segar (TBS) dari kebun plasma di Bilah Hulu dan Pangkatan ke PKS, truk colt diesel atau fuso.",
    status: "OPEN",
    deliveryRegencyCode: "12.10",
    quantity: 3000,
    unit: "ton per bulan",
    frequency: "MONTHLY",
    estimatedValueRp: 1_440_000_000n,
    deadlineInDays: 18,
    startInDays: 40,
    months: 12,
    slots: 4,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["49431"],
    documents: ["NIB", "KIR"],
  },
  {
    key: "mangkei-catering",
    companyKey: "mangkei-oleo",
    title: "Katering makan karyawan tiga shift",
    description:
      "Makan karyawan tiga shift (sekitar 300 porsi per hari) di kantin pabrik KEK Sei Mangkei; menu bergizi, halal, dapur bersertifikat higiene.",
    status: "OPEN",
    deliveryRegencyCode: "12.08",
    quantity: 300,
    unit: "porsi per hari",
    frequency: "DAILY",
    estimatedValueRp: 2_400_000_000n,
    deadlineInDays: 35,
    startInDays: 70,
    months: 12,
    slots: 2,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["56290"],
    documents: ["NIB", "HALAL", "SLHS"],
  },
  {
    key: "mangkei-security",
    companyKey: "mangkei-oleo",
    title: "Jasa keamanan dan kebersihan area pabrik",
    description:
      "Petugas keamanan dan kebersihan untuk area kantor dan gudang; tenaga kerja dari desa sekitar diutamakan.",
    status: "DRAFT",
    deliveryRegencyCode: "12.08",
    quantity: 12,
    unit: "bulan",
    frequency: "MONTHLY",
    estimatedValueRp: 600_000_000n,
    deadlineInDays: 50,
    startInDays: 90,
    months: 12,
    slots: 2,
    minScale: "KECIL",
    maxScale: "MENENGAH",
    kbli: ["80100", "81210"],
    documents: ["NIB", "SERTIFIKAT_STANDAR"],
  },
  {
    key: "deli-snacks",
    companyKey: "deli-pangan",
    title: "Pasokan kerupuk dan keripik untuk lini oleh-oleh",
    description:
      "Kerupuk ikan, keripik ubi dan peyek kacang dalam kemasan curah untuk dikemas ulang sebagai oleh-oleh khas Medan; mutu seragam dan label halal.",
    status: "OPEN",
    deliveryRegencyCode: "12.71",
    quantity: 2,
    unit: "ton per bulan",
    frequency: "MONTHLY",
    estimatedValueRp: 360_000_000n,
    deadlineInDays: 30,
    startInDays: 60,
    months: 12,
    slots: 4,
    minScale: "MIKRO",
    maxScale: "KECIL",
    kbli: ["10794"],
    documents: ["NIB", "SPP_IRT", "HALAL"],
  },
  {
    key: "deli-racks",
    companyKey: "deli-pangan",
    title: "Fabrikasi rak baja dan kanopi gudang",
    description: "Pembuatan dan pemasangan rak baja gudang bahan baku serta kanopi area bongkar muat.",
    status: "CLOSED",
    deliveryRegencyCode: "12.71",
    quantity: 1,
    unit: "paket",
    frequency: "ONE_OFF",
    estimatedValueRp: 275_000_000n,
    deadlineInDays: -150,
    startInDays: -120,
    months: 3,
    slots: 1,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    kbli: ["25111", "25920"],
    documents: ["NIB", "NPWP"],
  },
];
