/**
 * Curated slice of KBLI 2020 (Peraturan BPS No. 2 Tahun 2020) for the supply-chain sectors
 * the portal serves first: scrap & used goods, vehicle rental, catering, cleaning, laundry,
 * construction, transport, workshops, office supplies, agriculture, and services a smelter or
 * a mine buys locally. The full list can be imported from CSV later (DESIGN.md); this slice
 * is what the seed and the demo data use.
 *
 * Codes were checked against published KBLI 2020 material where it could be found. Two codes
 * people often get wrong:
 * - scrap wholesale is 46696 "Perdagangan Besar Barang Bekas dan Sisa-Sisa Tak Terpakai
 *   (Scrap)" (46691 is basic chemicals);
 * - car rental WITH driver is 49422 "Angkutan Sewa" in KBLI 2020. 49295 "Angkutan Sewa" is
 *   the KBLI 2025 code for the same activity (not part of this KBLI 2020 list); rental
 *   WITHOUT driver is 77100.
 * Category letters and 2–4-digit parents are listed so every code's parent chain exists
 * (56210 → 5621 → 562 → 56 → I).
 */
export const KBLI_VERSION = "KBLI_2020" as const;

export type KbliEntry = { code: string; titleId: string; titleEn: string };

/** Category letters (kategori). */
export const KBLI_CATEGORIES: readonly KbliEntry[] = [
  { code: "A", titleId: "Pertanian, Kehutanan dan Perikanan", titleEn: "Agriculture, forestry and fishing" },
  { code: "C", titleId: "Industri Pengolahan", titleEn: "Manufacturing" },
  {
    code: "E",
    titleId: "Pengadaan Air, Pengelolaan Sampah dan Daur Ulang, Pembuangan dan Pembersihan Limbah dan Sampah",
    titleEn: "Water supply; sewerage, waste management and remediation activities",
  },
  { code: "F", titleId: "Konstruksi", titleEn: "Construction" },
  {
    code: "G",
    titleId: "Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor",
    titleEn: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
  },
  { code: "H", titleId: "Pengangkutan dan Pergudangan", titleEn: "Transportation and storage" },
  {
    code: "I",
    titleId: "Penyediaan Akomodasi dan Penyediaan Makan Minum",
    titleEn: "Accommodation and food service activities",
  },
  {
    code: "N",
    titleId:
      "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya",
    titleEn: "Rental and leasing, employment, travel agency and other business support activities",
  },
  { code: "S", titleId: "Aktivitas Jasa Lainnya", titleEn: "Other service activities" },
];

/** The category letter of each 2-digit division (golongan pokok) used below. */
export const KBLI_DIVISION_CATEGORY: Readonly<Record<string, string>> = {
  "01": "A",
  "10": "C",
  "14": "C",
  "16": "C",
  "18": "C",
  "25": "C",
  "31": "C",
  "33": "C",
  "38": "E",
  "41": "F",
  "42": "F",
  "43": "F",
  "45": "G",
  "46": "G",
  "47": "G",
  "49": "H",
  "52": "H",
  "53": "H",
  "56": "I",
  "77": "N",
  "80": "N",
  "81": "N",
  "82": "N",
  "96": "S",
};

/** Divisions, groups and sub-groups (2-, 3- and 4-digit parents). */
export const KBLI_PARENTS: readonly KbliEntry[] = [
  {
    code: "01",
    titleId: "Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI",
    titleEn: "Crop and animal production, hunting and related activities",
  },
  { code: "011", titleId: "Pertanian Tanaman Semusim", titleEn: "Growing of non-perennial crops" },
  {
    code: "0111",
    titleId: "Pertanian Serealia (Bukan Padi), Aneka Kacang dan Biji-Bijian Penghasil Minyak",
    titleEn: "Growing of cereals (except rice), legumes and oil seeds",
  },
  {
    code: "0113",
    titleId: "Pertanian Sayuran, Buah dan Aneka Umbi",
    titleEn: "Growing of vegetables, melons, roots and tubers",
  },
  { code: "012", titleId: "Pertanian Tanaman Tahunan", titleEn: "Growing of perennial crops" },
  { code: "0126", titleId: "Perkebunan Buah Oleaginous", titleEn: "Growing of oleaginous fruits" },
  { code: "0127", titleId: "Perkebunan Tanaman untuk Bahan Minuman", titleEn: "Growing of beverage crops" },
  { code: "0129", titleId: "Pertanian Tanaman Tahunan Lainnya", titleEn: "Growing of other perennial crops" },
  { code: "10", titleId: "Industri Makanan", titleEn: "Manufacture of food products" },
  { code: "101", titleId: "Industri Pengolahan dan Pengawetan Daging", titleEn: "Processing and preserving of meat" },
  {
    code: "1013",
    titleId: "Industri Pengolahan dan Pengawetan Produk Daging dan Daging Unggas",
    titleEn: "Processing and preserving of meat and poultry products",
  },
  {
    code: "103",
    titleId: "Industri Pengolahan dan Pengawetan Buah-Buahan dan Sayuran",
    titleEn: "Processing and preserving of fruit and vegetables",
  },
  {
    code: "1039",
    titleId: "Industri Pengolahan dan Pengawetan Lainnya Buah-Buahan dan Sayuran",
    titleEn: "Other processing and preserving of fruit and vegetables",
  },
  { code: "107", titleId: "Industri Makanan Lainnya", titleEn: "Manufacture of other food products" },
  { code: "1071", titleId: "Industri Produk Roti dan Kue", titleEn: "Manufacture of bakery products" },
  { code: "1075", titleId: "Industri Makanan dan Masakan Olahan", titleEn: "Manufacture of prepared meals and dishes" },
  {
    code: "1076",
    titleId: "Industri Pengolahan Kopi, Teh dan Herbal (Herb Infusion)",
    titleEn: "Processing of coffee, tea and herb infusions",
  },
  { code: "1079", titleId: "Industri Produk Makanan Lainnya", titleEn: "Manufacture of other food products n.e.c." },
  { code: "14", titleId: "Industri Pakaian Jadi", titleEn: "Manufacture of wearing apparel" },
  {
    code: "141",
    titleId: "Industri Pakaian Jadi dan Perlengkapannya, Bukan Pakaian Jadi Berbulu",
    titleEn: "Manufacture of wearing apparel, except fur apparel",
  },
  {
    code: "1411",
    titleId: "Industri Pakaian Jadi (Konveksi) dan Perlengkapannya",
    titleEn: "Manufacture of ready-made garments",
  },
  {
    code: "1412",
    titleId: "Penjahitan dan Pembuatan Pakaian Sesuai Pesanan",
    titleEn: "Tailoring and made-to-order clothing",
  },
  {
    code: "16",
    titleId:
      "Industri Kayu, Barang dari Kayu dan Gabus (Tidak Termasuk Furnitur) dan Barang Anyaman dari Bambu, Rotan dan Sejenisnya",
    titleEn:
      "Manufacture of wood and of products of wood and cork, except furniture; articles of straw and plaiting materials",
  },
  {
    code: "162",
    titleId:
      "Industri Barang dari Kayu; Industri Barang dari Gabus dan Barang Anyaman dari Jerami, Rotan, Bambu dan Sejenisnya",
    titleEn: "Manufacture of products of wood, cork, straw and plaiting materials",
  },
  {
    code: "1622",
    titleId: "Industri Barang Bangunan dari Kayu",
    titleEn: "Manufacture of builders' carpentry and joinery",
  },
  {
    code: "18",
    titleId: "Industri Pencetakan dan Reproduksi Media Rekaman",
    titleEn: "Printing and reproduction of recorded media",
  },
  {
    code: "181",
    titleId: "Industri Pencetakan dan Kegiatan YBDI",
    titleEn: "Printing and service activities related to printing",
  },
  { code: "1811", titleId: "Industri Pencetakan", titleEn: "Printing" },
  {
    code: "25",
    titleId: "Industri Barang Logam, Bukan Mesin dan Peralatannya",
    titleEn: "Manufacture of fabricated metal products, except machinery and equipment",
  },
  {
    code: "251",
    titleId: "Industri Barang Logam Siap Pasang untuk Bangunan, Tangki, Tandon Air dan Generator Uap",
    titleEn: "Manufacture of structural metal products, tanks, reservoirs and steam generators",
  },
  {
    code: "2511",
    titleId: "Industri Barang dari Logam Siap Pasang untuk Konstruksi",
    titleEn: "Manufacture of structural metal products",
  },
  {
    code: "259",
    titleId: "Industri Barang Logam Lainnya dan Kegiatan Jasa Pembuatan Barang Logam",
    titleEn: "Manufacture of other fabricated metal products; metalworking service activities",
  },
  {
    code: "2592",
    titleId: "Jasa Industri untuk Berbagai Pengerjaan Khusus Logam dan Barang dari Logam",
    titleEn: "Treatment and coating of metals; machining",
  },
  { code: "31", titleId: "Industri Furnitur", titleEn: "Manufacture of furniture" },
  { code: "310", titleId: "Industri Furnitur", titleEn: "Manufacture of furniture" },
  { code: "3100", titleId: "Industri Furnitur", titleEn: "Manufacture of furniture" },
  {
    code: "33",
    titleId: "Reparasi dan Pemasangan Mesin dan Peralatan",
    titleEn: "Repair and installation of machinery and equipment",
  },
  {
    code: "331",
    titleId: "Reparasi Produk Logam Pabrikasi, Mesin dan Peralatan",
    titleEn: "Repair of fabricated metal products, machinery and equipment",
  },
  { code: "3311", titleId: "Reparasi Produk Logam Siap Pasang", titleEn: "Repair of fabricated metal products" },
  { code: "3312", titleId: "Reparasi Mesin", titleEn: "Repair of machinery" },
  { code: "3314", titleId: "Reparasi Peralatan Listrik", titleEn: "Repair of electrical equipment" },
  {
    code: "332",
    titleId: "Pemasangan Mesin dan Peralatan Industri",
    titleEn: "Installation of industrial machinery and equipment",
  },
  {
    code: "3320",
    titleId: "Pemasangan Mesin dan Peralatan Industri",
    titleEn: "Installation of industrial machinery and equipment",
  },
  {
    code: "38",
    titleId: "Pengumpulan, Pengolahan dan Pembuangan Limbah dan Sampah serta Aktivitas Pemulihan Material",
    titleEn: "Waste collection, treatment and disposal activities; materials recovery",
  },
  { code: "381", titleId: "Pengumpulan Limbah dan Sampah", titleEn: "Waste collection" },
  {
    code: "3811",
    titleId: "Pengumpulan Limbah dan Sampah Tidak Berbahaya",
    titleEn: "Collection of non-hazardous waste",
  },
  { code: "3812", titleId: "Pengumpulan Limbah Berbahaya", titleEn: "Collection of hazardous waste" },
  { code: "383", titleId: "Pemulihan Material", titleEn: "Materials recovery" },
  { code: "3830", titleId: "Pemulihan Material", titleEn: "Materials recovery" },
  { code: "41", titleId: "Konstruksi Gedung", titleEn: "Construction of buildings" },
  { code: "410", titleId: "Konstruksi Gedung", titleEn: "Construction of buildings" },
  { code: "4101", titleId: "Konstruksi Gedung", titleEn: "Construction of buildings" },
  {
    code: "4102",
    titleId: "Pemasangan Bangunan Prafabrikasi untuk Gedung",
    titleEn: "Assembly of prefabricated buildings",
  },
  { code: "42", titleId: "Konstruksi Bangunan Sipil", titleEn: "Civil engineering" },
  { code: "421", titleId: "Konstruksi Jalan dan Jalan Rel", titleEn: "Construction of roads and railways" },
  { code: "4210", titleId: "Konstruksi Jalan dan Jalan Rel", titleEn: "Construction of roads and railways" },
  { code: "43", titleId: "Konstruksi Khusus", titleEn: "Specialized construction activities" },
  { code: "431", titleId: "Pembongkaran dan Penyiapan Lahan", titleEn: "Demolition and site preparation" },
  { code: "4312", titleId: "Penyiapan Lahan", titleEn: "Site preparation" },
  {
    code: "432",
    titleId: "Instalasi Sistem Kelistrikan, Air (Pipa) dan Instalasi Konstruksi Lainnya",
    titleEn: "Electrical, plumbing and other construction installation activities",
  },
  { code: "4321", titleId: "Instalasi Listrik", titleEn: "Electrical installation" },
  {
    code: "4322",
    titleId: "Instalasi Air, Saluran Pembuangan, Pemanas dan Pendingin Udara",
    titleEn: "Plumbing, heat and air-conditioning installation",
  },
  {
    code: "45",
    titleId: "Perdagangan, Reparasi dan Perawatan Mobil dan Sepeda Motor",
    titleEn: "Wholesale and retail trade and repair of motor vehicles and motorcycles",
  },
  { code: "452", titleId: "Reparasi dan Perawatan Mobil", titleEn: "Maintenance and repair of motor vehicles" },
  { code: "4520", titleId: "Reparasi dan Perawatan Mobil", titleEn: "Maintenance and repair of motor vehicles" },
  {
    code: "453",
    titleId: "Perdagangan Suku Cadang dan Aksesori Mobil",
    titleEn: "Sale of motor vehicle parts and accessories",
  },
  {
    code: "4530",
    titleId: "Perdagangan Suku Cadang dan Aksesori Mobil",
    titleEn: "Sale of motor vehicle parts and accessories",
  },
  {
    code: "454",
    titleId: "Perdagangan, Reparasi dan Perawatan Sepeda Motor serta Suku Cadang dan Aksesorinya",
    titleEn: "Sale, maintenance and repair of motorcycles and related parts and accessories",
  },
  {
    code: "4540",
    titleId: "Perdagangan, Reparasi dan Perawatan Sepeda Motor serta Suku Cadang dan Aksesorinya",
    titleEn: "Sale, maintenance and repair of motorcycles and related parts and accessories",
  },
  {
    code: "46",
    titleId: "Perdagangan Besar, Bukan Mobil dan Sepeda Motor",
    titleEn: "Wholesale trade, except of motor vehicles and motorcycles",
  },
  {
    code: "462",
    titleId: "Perdagangan Besar Hasil Pertanian dan Hewan Hidup",
    titleEn: "Wholesale of agricultural raw materials and live animals",
  },
  {
    code: "4620",
    titleId: "Perdagangan Besar Hasil Pertanian dan Hewan Hidup",
    titleEn: "Wholesale of agricultural raw materials and live animals",
  },
  { code: "466", titleId: "Perdagangan Besar Khusus Lainnya", titleEn: "Other specialized wholesale" },
  { code: "4669", titleId: "Perdagangan Besar Produk Lainnya YTDL", titleEn: "Wholesale of other products n.e.c." },
  { code: "469", titleId: "Perdagangan Besar Berbagai Macam Barang", titleEn: "Non-specialized wholesale trade" },
  { code: "4690", titleId: "Perdagangan Besar Berbagai Macam Barang", titleEn: "Non-specialized wholesale trade" },
  {
    code: "47",
    titleId: "Perdagangan Eceran, Bukan Mobil dan Sepeda Motor",
    titleEn: "Retail trade, except of motor vehicles and motorcycles",
  },
  {
    code: "472",
    titleId: "Perdagangan Eceran Khusus Makanan, Minuman dan Tembakau di Toko",
    titleEn: "Retail sale of food, beverages and tobacco in specialized stores",
  },
  {
    code: "4724",
    titleId: "Perdagangan Eceran Khusus Makanan Lainnya di Toko",
    titleEn: "Retail sale of other food in specialized stores",
  },
  {
    code: "474",
    titleId: "Perdagangan Eceran Khusus Peralatan Informasi dan Komunikasi di Toko",
    titleEn: "Retail sale of information and communications equipment in specialized stores",
  },
  {
    code: "4741",
    titleId: "Perdagangan Eceran Khusus Komputer, Perlengkapannya dan Mesin Kantor di Toko",
    titleEn: "Retail sale of computers, peripheral units and office machines in specialized stores",
  },
  {
    code: "49",
    titleId: "Angkutan Darat dan Angkutan Melalui Saluran Pipa",
    titleEn: "Land transport and transport via pipelines",
  },
  { code: "494", titleId: "Angkutan Darat Bukan Bus", titleEn: "Land transport other than bus" },
  {
    code: "4942",
    titleId: "Angkutan Darat Bukan Bus untuk Penumpang, Tidak dalam Trayek",
    titleEn: "Non-scheduled passenger land transport other than bus",
  },
  { code: "4943", titleId: "Angkutan Darat untuk Barang", titleEn: "Freight transport by road" },
  {
    code: "52",
    titleId: "Pergudangan dan Aktivitas Penunjang Angkutan",
    titleEn: "Warehousing and support activities for transportation",
  },
  { code: "521", titleId: "Pergudangan dan Penyimpanan", titleEn: "Warehousing and storage" },
  { code: "5210", titleId: "Pergudangan dan Penyimpanan", titleEn: "Warehousing and storage" },
  { code: "522", titleId: "Aktivitas Penunjang Angkutan", titleEn: "Support activities for transportation" },
  { code: "5224", titleId: "Penanganan Kargo (Bongkar Muat Barang)", titleEn: "Cargo handling" },
  { code: "53", titleId: "Aktivitas Pos dan Kurir", titleEn: "Postal and courier activities" },
  { code: "532", titleId: "Aktivitas Kurir", titleEn: "Courier activities" },
  { code: "5320", titleId: "Aktivitas Kurir", titleEn: "Courier activities" },
  { code: "56", titleId: "Penyediaan Makanan dan Minuman", titleEn: "Food and beverage service activities" },
  {
    code: "561",
    titleId: "Restoran dan Penyediaan Makanan Keliling",
    titleEn: "Restaurants and mobile food service activities",
  },
  {
    code: "5610",
    titleId: "Restoran dan Penyediaan Makanan Keliling",
    titleEn: "Restaurants and mobile food service activities",
  },
  {
    code: "562",
    titleId: "Penyediaan Jasa Boga dan Penyediaan Makanan Lainnya",
    titleEn: "Event catering and other food service activities",
  },
  { code: "5621", titleId: "Jasa Boga untuk Suatu Event Tertentu (Event Catering)", titleEn: "Event catering" },
  { code: "5629", titleId: "Penyediaan Makanan Lainnya", titleEn: "Other food service activities" },
  { code: "563", titleId: "Penyediaan Minuman", titleEn: "Beverage serving activities" },
  { code: "5630", titleId: "Penyediaan Minuman", titleEn: "Beverage serving activities" },
  {
    code: "77",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi",
    titleEn: "Rental and leasing activities",
  },
  {
    code: "771",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Kendaraan Bermotor",
    titleEn: "Renting and leasing of motor vehicles",
  },
  {
    code: "7710",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Kendaraan Bermotor",
    titleEn: "Renting and leasing of motor vehicles",
  },
  {
    code: "773",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mesin, Peralatan dan Barang Berwujud Lainnya",
    titleEn: "Renting and leasing of other machinery, equipment and tangible goods",
  },
  {
    code: "7739",
    titleId: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mesin, Peralatan dan Barang Berwujud Lainnya YTDL",
    titleEn: "Renting and leasing of other machinery, equipment and tangible goods n.e.c.",
  },
  { code: "80", titleId: "Aktivitas Keamanan dan Penyelidikan", titleEn: "Security and investigation activities" },
  { code: "801", titleId: "Aktivitas Keamanan Swasta", titleEn: "Private security activities" },
  { code: "8010", titleId: "Aktivitas Keamanan Swasta", titleEn: "Private security activities" },
  {
    code: "81",
    titleId: "Aktivitas Penyediaan Jasa untuk Gedung dan Pertamanan",
    titleEn: "Services to buildings and landscape activities",
  },
  { code: "812", titleId: "Aktivitas Kebersihan", titleEn: "Cleaning activities" },
  { code: "8121", titleId: "Aktivitas Kebersihan Umum Bangunan", titleEn: "General cleaning of buildings" },
  {
    code: "8129",
    titleId: "Aktivitas Kebersihan Bangunan dan Industri Lainnya",
    titleEn: "Other building and industrial cleaning activities",
  },
  {
    code: "813",
    titleId: "Aktivitas Perawatan dan Pemeliharaan Taman",
    titleEn: "Landscape care and maintenance service activities",
  },
  {
    code: "8130",
    titleId: "Aktivitas Perawatan dan Pemeliharaan Taman",
    titleEn: "Landscape care and maintenance service activities",
  },
  {
    code: "82",
    titleId: "Aktivitas Administrasi Kantor, Aktivitas Penunjang Kantor dan Aktivitas Penunjang Usaha Lainnya",
    titleEn: "Office administrative, office support and other business support activities",
  },
  {
    code: "821",
    titleId: "Aktivitas Administrasi dan Penunjang Kantor",
    titleEn: "Office administrative and support activities",
  },
  {
    code: "8219",
    titleId: "Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya",
    titleEn: "Photocopying, document preparation and other specialized office support activities",
  },
  { code: "96", titleId: "Aktivitas Jasa Perorangan Lainnya", titleEn: "Other personal service activities" },
  { code: "962", titleId: "Aktivitas Binatu", titleEn: "Laundry activities" },
  { code: "9620", titleId: "Aktivitas Binatu", titleEn: "Laundry activities" },
];
