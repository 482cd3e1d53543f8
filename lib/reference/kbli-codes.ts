import type { KbliEntry } from "@/lib/reference/kbli";

/**
 * The 5-digit KBLI 2020 codes (kelompok) of the curated list — the level licensing and
 * matching use. Parents are in `KBLI_PARENTS` (lib/reference/kbli.ts).
 */
export const KBLI_CODES: readonly KbliEntry[] = [
  // A — agriculture (North Sumatra: vegetables in Karo, coffee in the highlands, oil palm and rubber in the east)
  { code: "01111", titleId: "Pertanian Jagung", titleEn: "Maize farming" },
  { code: "01131", titleId: "Pertanian Hortikultura Sayuran Daun", titleEn: "Leafy vegetable horticulture" },
  { code: "01133", titleId: "Pertanian Hortikultura Sayuran Buah", titleEn: "Fruit-bearing vegetable horticulture" },
  { code: "01134", titleId: "Pertanian Hortikultura Sayuran Umbi", titleEn: "Root and bulb vegetable horticulture" },
  { code: "01261", titleId: "Perkebunan Buah Kelapa", titleEn: "Coconut plantation" },
  { code: "01262", titleId: "Perkebunan Buah Kelapa Sawit", titleEn: "Oil palm plantation" },
  {
    code: "01270",
    titleId: "Perkebunan Tanaman untuk Bahan Minuman",
    titleEn: "Beverage crop plantation (coffee, tea, cocoa)",
  },
  {
    code: "01291",
    titleId: "Perkebunan Karet dan Tanaman Penghasil Getah Lainnya",
    titleEn: "Rubber and other latex-producing plantation",
  },
  // C — manufacturing: food, garments, wood, printing, metal fabrication, repair
  {
    code: "10130",
    titleId: "Industri Pengolahan dan Pengawetan Produk Daging dan Daging Unggas",
    titleEn: "Processing and preserving of meat and poultry products",
  },
  { code: "10391", titleId: "Industri Tempe Kedelai", titleEn: "Soybean tempeh manufacturing" },
  { code: "10392", titleId: "Industri Tahu Kedelai", titleEn: "Soybean tofu manufacturing" },
  { code: "10710", titleId: "Industri Produk Roti dan Kue", titleEn: "Manufacture of bread and cakes" },
  {
    code: "10750",
    titleId: "Industri Makanan dan Masakan Olahan",
    titleEn: "Manufacture of prepared meals and dishes",
  },
  { code: "10761", titleId: "Industri Pengolahan Kopi", titleEn: "Coffee processing" },
  {
    code: "10794",
    titleId: "Industri Kerupuk, Keripik, Peyek dan Sejenisnya",
    titleEn: "Manufacture of crackers, chips, peyek and similar snacks",
  },
  { code: "10799", titleId: "Industri Produk Makanan Lainnya", titleEn: "Manufacture of other food products" },
  {
    code: "14111",
    titleId: "Industri Pakaian Jadi (Konveksi) dari Tekstil",
    titleEn: "Manufacture of ready-made garments of textiles",
  },
  {
    code: "14120",
    titleId: "Penjahitan dan Pembuatan Pakaian Sesuai Pesanan",
    titleEn: "Tailoring and made-to-order clothing",
  },
  {
    code: "16221",
    titleId: "Industri Barang Bangunan dari Kayu",
    titleEn: "Manufacture of wooden building components",
  },
  { code: "18111", titleId: "Industri Pencetakan Umum", titleEn: "General printing" },
  {
    code: "25111",
    titleId: "Industri Barang dari Logam Bukan Aluminium Siap Pasang untuk Konstruksi",
    titleEn: "Manufacture of structural products of non-aluminium metal",
  },
  {
    code: "25112",
    titleId: "Industri Barang dari Logam Aluminium Siap Pasang untuk Konstruksi",
    titleEn: "Manufacture of structural products of aluminium",
  },
  {
    code: "25920",
    titleId: "Jasa Industri untuk Berbagai Pengerjaan Khusus Logam dan Barang dari Logam",
    titleEn: "Metalworking services (machining, welding, coating)",
  },
  { code: "31001", titleId: "Industri Furnitur dari Kayu", titleEn: "Manufacture of wooden furniture" },
  { code: "33110", titleId: "Reparasi Produk Logam Siap Pasang", titleEn: "Repair of fabricated metal products" },
  { code: "33121", titleId: "Reparasi Mesin untuk Keperluan Umum", titleEn: "Repair of general-purpose machinery" },
  { code: "33122", titleId: "Reparasi Mesin untuk Keperluan Khusus", titleEn: "Repair of special-purpose machinery" },
  { code: "33140", titleId: "Reparasi Peralatan Listrik", titleEn: "Repair of electrical equipment" },
  {
    code: "33200",
    titleId: "Pemasangan Mesin dan Peralatan Industri",
    titleEn: "Installation of industrial machinery and equipment",
  },
  // E — waste and materials recovery (scrap from a smelter or a mine)
  {
    code: "38110",
    titleId: "Pengumpulan Limbah dan Sampah Tidak Berbahaya",
    titleEn: "Collection of non-hazardous waste",
  },
  { code: "38120", titleId: "Pengumpulan Limbah Berbahaya", titleEn: "Collection of hazardous waste" },
  { code: "38301", titleId: "Pemulihan Material Barang Logam", titleEn: "Recovery of metal materials" },
  { code: "38302", titleId: "Pemulihan Material Barang Bukan Logam", titleEn: "Recovery of non-metal materials" },
  // F — construction
  { code: "41011", titleId: "Konstruksi Gedung Hunian", titleEn: "Construction of residential buildings" },
  { code: "41012", titleId: "Konstruksi Gedung Perkantoran", titleEn: "Construction of office buildings" },
  { code: "41013", titleId: "Konstruksi Gedung Industri", titleEn: "Construction of industrial buildings" },
  {
    code: "41020",
    titleId: "Pemasangan Bangunan Prafabrikasi untuk Gedung",
    titleEn: "Assembly of prefabricated buildings",
  },
  { code: "42101", titleId: "Konstruksi Bangunan Sipil Jalan", titleEn: "Road construction" },
  { code: "43120", titleId: "Penyiapan Lahan", titleEn: "Site preparation" },
  { code: "43211", titleId: "Instalasi Listrik", titleEn: "Electrical installation" },
  { code: "43221", titleId: "Instalasi Saluran Air (Plambing)", titleEn: "Plumbing installation" },
  // G — vehicle workshops and trade (scrap wholesale, office supplies)
  { code: "45201", titleId: "Reparasi Mobil", titleEn: "Car repair" },
  { code: "45202", titleId: "Pencucian dan Salon Mobil", titleEn: "Car wash and detailing" },
  {
    code: "45302",
    titleId: "Perdagangan Eceran Suku Cadang dan Aksesori Mobil",
    titleEn: "Retail sale of car parts and accessories",
  },
  { code: "45407", titleId: "Reparasi dan Perawatan Sepeda Motor", titleEn: "Motorcycle repair and maintenance" },
  {
    code: "46209",
    titleId: "Perdagangan Besar Hasil Pertanian dan Hewan Hidup Lainnya",
    titleEn: "Wholesale of other agricultural products and live animals",
  },
  {
    code: "46696",
    titleId: "Perdagangan Besar Barang Bekas dan Sisa-Sisa Tak Terpakai (Scrap)",
    titleEn: "Wholesale of waste and scrap",
  },
  {
    code: "46900",
    titleId: "Perdagangan Besar Berbagai Macam Barang",
    titleEn: "Non-specialized wholesale trade (incl. office supplies)",
  },
  {
    code: "47242",
    titleId: "Perdagangan Eceran Roti, Kue Kering, serta Kue Basah dan Sejenisnya",
    titleEn: "Retail sale of bread, cookies and traditional cakes",
  },
  {
    code: "47411",
    titleId: "Perdagangan Eceran Komputer dan Perlengkapannya",
    titleEn: "Retail sale of computers and peripherals",
  },
  { code: "47415", titleId: "Perdagangan Eceran Mesin Kantor", titleEn: "Retail sale of office machines" },
  // H — transport and logistics
  { code: "49422", titleId: "Angkutan Sewa", titleEn: "Car rental with driver (passenger charter)" },
  { code: "49425", titleId: "Angkutan Darat untuk Wisata", titleEn: "Tourist land transport" },
  {
    code: "49431",
    titleId: "Angkutan Bermotor untuk Barang Umum",
    titleEn: "Motorised road transport of general goods",
  },
  {
    code: "49432",
    titleId: "Angkutan Bermotor untuk Barang Khusus",
    titleEn: "Motorised road transport of special goods",
  },
  { code: "52101", titleId: "Pergudangan dan Penyimpanan", titleEn: "Warehousing and storage" },
  {
    code: "52240",
    titleId: "Penanganan Kargo (Bongkar Muat Barang)",
    titleEn: "Cargo handling (loading and unloading)",
  },
  { code: "53201", titleId: "Aktivitas Kurir", titleEn: "Courier activities" },
  // I — food service: catering is the article's example of a sector that needs preparation
  { code: "56101", titleId: "Restoran", titleEn: "Restaurants" },
  { code: "56102", titleId: "Rumah/Warung Makan", titleEn: "Eating houses (warung makan)" },
  { code: "56210", titleId: "Jasa Boga untuk Suatu Event Tertentu (Event Catering)", titleEn: "Event catering" },
  { code: "56290", titleId: "Penyediaan Jasa Boga Periode Tertentu", titleEn: "Contract catering for a set period" },
  { code: "56303", titleId: "Rumah Minum/Kafe", titleEn: "Cafés" },
  // N — rental, security, cleaning, office support
  {
    code: "77100",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mobil, Bus, Truk dan Sejenisnya",
    titleEn: "Rental of cars, buses and trucks without driver",
  },
  {
    code: "77393",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mesin dan Peralatan Konstruksi dan Teknik Sipil",
    titleEn: "Rental of construction and civil-engineering machinery without operator",
  },
  { code: "80100", titleId: "Aktivitas Keamanan Swasta", titleEn: "Private security activities" },
  { code: "81210", titleId: "Aktivitas Kebersihan Umum Bangunan", titleEn: "General cleaning of buildings" },
  {
    code: "81290",
    titleId: "Aktivitas Kebersihan Bangunan dan Industri Lainnya",
    titleEn: "Other building and industrial cleaning",
  },
  { code: "81300", titleId: "Aktivitas Perawatan dan Pemeliharaan Taman", titleEn: "Landscape care and maintenance" },
  {
    code: "82190",
    titleId: "Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya",
    titleEn: "Photocopying, document preparation and other office support",
  },
  // S — laundry
  { code: "96200", titleId: "Aktivitas Binatu", titleEn: "Laundry and dry-cleaning" },
];
