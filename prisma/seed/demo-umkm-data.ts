/**
 * Word lists for the ~300 demo UMKM. Names, products and places are built from these with a
 * seeded generator (demo-umkm.ts); every business and person is fictional.
 */

/** Demo UMKM per kabupaten/kota (sums to 300): Medan and Deli Serdang heaviest, as in the registry. */
export const UMKM_PER_REGENCY: Readonly<Record<string, number>> = {
  "12.71": 65, "12.07": 40, "12.08": 12, "12.05": 12, "12.09": 10, "12.19": 10, "12.18": 10,
  "12.10": 9, "12.06": 9, "12.03": 9, "12.72": 8, "12.75": 7, "12.13": 7, "12.76": 6, "12.77": 6,
  "12.02": 6, "12.11": 6, "12.74": 5, "12.73": 5, "12.78": 5, "12.01": 5, "12.12": 5, "12.16": 5,
  "12.22": 5, "12.23": 5, "12.17": 4, "12.14": 4, "12.21": 4, "12.20": 4, "12.15": 3, "12.04": 3,
  "12.24": 3, "12.25": 3,
};

/**
 * A kind of business: its KBLI code sets (one is picked; 1–2 codes each), name templates and
 * product phrases. Templates: {W} brand word, {X} second brand word, {F} owner's first name,
 * {P} the regency's seat. `weight` is its share of the registry.
 */
export type Profile = {
  key: string;
  weight: number;
  codeSets: readonly (readonly string[])[];
  names: readonly string[];
  products: readonly string[];
};

export const PROFILES: readonly Profile[] = [
  { key: "catering", weight: 10, codeSets: [["56210", "56290"], ["56210"]], names: ["Katering {W}", "Katering Bunda {F}", "Dapur {W}", "Boga {W} {X}"], products: ["nasi kotak", "prasmanan acara", "katering harian karyawan", "snack box rapat", "masakan Melayu dan Batak halal", "nasi tumpeng", "menu sehat rendah minyak", "ayam pop dan rendang"] },
  { key: "catering-contract", weight: 5, codeSets: [["56290"], ["56290", "56102"]], names: ["Jasa Boga {W}", "Katering {W} {X}"], products: ["makan siang karyawan pabrik", "katering mess proyek", "menu harian tiga kali makan", "kantin perusahaan", "nasi bungkus lembur"] },
  { key: "warung", weight: 5, codeSets: [["56102"], ["56102", "56210"]], names: ["Rumah Makan {W}", "Warung {F}", "RM {W} {X}"], products: ["nasi campur", "mie gomak", "lontong Medan", "soto Medan", "ikan arsik", "ayam goreng kampung", "nasi padang"] },
  { key: "cafe", weight: 2, codeSets: [["56303"]], names: ["Kedai Kopi {W}", "Kafe {W}"], products: ["kopi Sidikalang", "kopi Mandailing", "teh manis", "roti bakar srikaya", "kopi Lintong"] },
  { key: "snack", weight: 5, codeSets: [["10794"], ["10794", "10799"]], names: ["Keripik {W}", "Kerupuk {W} {X}", "UD {W} Snack"], products: ["keripik ubi balado", "kerupuk ikan", "kerupuk jangek", "peyek kacang", "keripik pisang", "kerupuk udang", "keripik tempe"] },
  { key: "bakery", weight: 4, codeSets: [["10710"], ["10710", "47242"]], names: ["Roti {W}", "Bakery {W}", "Kue {F}"], products: ["roti manis", "bolu gulung", "kue basah", "bika ambon", "lapis legit", "kue kering", "roti tawar"] },
  { key: "tofu", weight: 3, codeSets: [["10391", "10392"], ["10392"], ["10391"]], names: ["Tahu Tempe {W}", "Pabrik Tahu {F}"], products: ["tempe kedelai", "tahu putih", "tahu goreng", "tempe bungkus daun"] },
  { key: "coffee", weight: 3, codeSets: [["10761"], ["10761", "01270"]], names: ["Kopi {W}", "Kopi {P} {W}"], products: ["kopi bubuk arabika", "biji kopi sangrai", "kopi robusta", "green bean arabika", "kopi bubuk kemasan"] },
  { key: "prepared-food", weight: 3, codeSets: [["10750"], ["10130"], ["10750", "10799"]], names: ["Dapur {W}", "Olahan {W}"], products: ["rendang kemasan", "sambal andaliman", "abon ikan", "dendeng sapi", "bakso sapi beku", "nugget ayam"] },
  { key: "scrap", weight: 6, codeSets: [["46696", "38301"], ["46696"]], names: ["UD {W} Besi Tua", "Barang Bekas {W}", "Pengepul {W} {X}"], products: ["besi tua", "tembaga", "aluminium bekas", "kardus bekas", "drum bekas", "kabel bekas", "scrap logam"] },
  { key: "recycling", weight: 2, codeSets: [["38302", "38110"], ["38302"]], names: ["Bank Sampah {W}", "Daur Ulang {W}"], products: ["plastik PET", "kardus", "sampah anorganik", "palet kayu bekas", "cacahan plastik"] },
  { key: "rental-driver", weight: 5, codeSets: [["49422"], ["49422", "77100"]], names: ["Rental {W} Trans", "{W} Rent Car", "Sewa Mobil {W}"], products: ["sewa mobil dengan sopir", "rental Innova dan Avanza", "mobil double cabin", "antar jemput karyawan", "carter ke Bandara Kualanamu"] },
  { key: "rental-self", weight: 2, codeSets: [["77100"]], names: ["Rental {W}", "{W} Auto Rental"], products: ["sewa mobil lepas kunci", "rental pick up", "sewa minibus harian", "sewa truk engkel"] },
  { key: "trucking", weight: 4, codeSets: [["49431"], ["49431", "52240"], ["49432"]], names: ["Ekspedisi {W}", "CV {W} Angkutan", "Angkutan {W} {X}"], products: ["angkutan barang truk colt diesel", "pengangkutan TBS sawit", "jasa pindahan", "bongkar muat", "angkutan material bangunan"] },
  { key: "cleaning", weight: 4, codeSets: [["81210"], ["81210", "81290"]], names: ["Cleaning Service {W}", "Jasa Kebersihan {W}", "{W} Clean"], products: ["jasa kebersihan kantor", "cleaning service harian", "pembersihan gedung", "pengendalian hama", "cuci karpet"] },
  { key: "garden", weight: 1, codeSets: [["81300"]], names: ["Taman {W}"], products: ["perawatan taman", "pemangkasan rumput", "pembuatan taman kantor"] },
  { key: "laundry", weight: 4, codeSets: [["96200"]], names: ["Laundry {W}", "{W} Laundry"], products: ["laundry kiloan", "cuci pakaian kerja", "dry cleaning", "cuci seragam karyawan", "laundry selimut dan sprei"] },
  { key: "construction", weight: 5, codeSets: [["41011", "43211"], ["41012", "41013"], ["43221"], ["42101", "43120"], ["41020"]], names: ["CV {W} {X}", "CV {W} Konstruksi"], products: ["renovasi rumah", "bangunan gudang", "instalasi listrik", "pemasangan pipa air", "pengerasan jalan", "pekerjaan pagar"] },
  { key: "car-workshop", weight: 4, codeSets: [["45201"], ["45201", "45302"], ["45202"]], names: ["Bengkel {W}", "Bengkel {F} Motor"], products: ["servis mobil", "ganti oli", "perbaikan mesin diesel", "tune up", "spooring balancing", "suku cadang mobil"] },
  { key: "moto-workshop", weight: 2, codeSets: [["45407"]], names: ["Bengkel Motor {W}"], products: ["servis sepeda motor", "ganti ban", "perbaikan rem", "ganti kampas kopling"] },
  { key: "machine-repair", weight: 4, codeSets: [["33121", "33122"], ["33140"], ["33110", "33200"]], names: ["CV {W} Teknik", "{W} Teknik"], products: ["perbaikan pompa", "rewinding dinamo", "servis genset", "perbaikan mesin pabrik", "overhaul mesin diesel"] },
  { key: "metal-fab", weight: 4, codeSets: [["25920"], ["25111", "25920"], ["25112"]], names: ["Las {W}", "Bengkel Las {F}", "{W} Steel"], products: ["las listrik", "pagar besi", "kanopi baja ringan", "rak besi", "teralis", "bubut", "kusen aluminium"] },
  { key: "tailoring", weight: 5, codeSets: [["14111"], ["14111", "14120"], ["14120"]], names: ["Konveksi {W}", "Penjahit {F}", "Tailor {W}"], products: ["seragam kerja", "wearpack", "kaos sablon", "baju dinas", "ulos modifikasi", "jas almamater"] },
  { key: "agriculture", weight: 10, codeSets: [], names: ["Tani {W}", "Kelompok Tani {W}", "Kebun {W}", "UD {W} Tani"], products: [] },
  { key: "office", weight: 4, codeSets: [["46900"], ["47411", "47415"], ["82190", "18111"]], names: ["Toko {W} ATK", "CV {W} Office", "Percetakan {W}", "Fotokopi {W}"], products: ["alat tulis kantor", "kertas HVS", "tinta printer", "servis printer", "cetak formulir", "fotokopi dan jilid", "stempel"] },
  { key: "security", weight: 1, codeSets: [["80100"]], names: ["{W} Security", "CV {W} Pengamanan"], products: ["jasa satpam", "pengamanan gedung", "penjagaan malam"] },
  { key: "logistics", weight: 2, codeSets: [["52101"], ["53201"]], names: ["Gudang {W}", "Kurir {W} Express"], products: ["sewa gudang", "penyimpanan barang", "kurir dalam kota", "pengiriman paket"] },
  { key: "furniture", weight: 3, codeSets: [["31001"], ["16221", "31001"]], names: ["Mebel {W}", "Meubel {F}"], products: ["lemari kayu", "meja kantor", "kusen pintu jendela", "tempat tidur mess", "kursi kayu"] },
  { key: "equipment-rental", weight: 1, codeSets: [["77393"]], names: ["{W} Alat Berat"], products: ["sewa excavator mini", "sewa molen beton", "sewa stamper"] },
];

/** Farming depends on the land: highland vegetables and coffee, east-coast oil palm and rubber. */
type FarmZone = { regencies: readonly string[]; codeSets: readonly (readonly string[])[]; products: readonly string[] };

export const AGRICULTURE_BY_ZONE: Readonly<Record<"highland" | "plantation" | "other", FarmZone>> = {
  highland: { regencies: ["12.06", "12.11", "12.16", "12.02", "12.17", "12.15", "12.08", "12.12"], codeSets: [["01270"], ["01131", "01133"], ["01134"], ["01270", "46209"]], products: ["kopi arabika", "kol", "wortel", "kentang", "tomat", "cabai merah", "jeruk"] },
  plantation: { regencies: ["12.09", "12.10", "12.22", "12.23", "12.19", "12.18", "12.05", "12.20", "12.21", "12.13", "12.01"], codeSets: [["01262"], ["01291"], ["01262", "46209"], ["01261"]], products: ["tandan buah segar sawit", "getah karet", "kelapa", "bibit sawit"] },
  other: { regencies: [], codeSets: [["01111"], ["01131", "46209"], ["01133"]], products: ["jagung", "sayur mayur", "cabai merah", "kangkung", "bayam"] },
};

export const BRAND_WORDS = [
  "Berkah", "Sejahtera", "Makmur", "Sentosa", "Jaya", "Mandiri", "Bersama", "Lestari", "Abadi", "Harapan",
  "Cahaya", "Bintang", "Mulia", "Anugerah", "Rezeki", "Barokah", "Amanah", "Maju", "Karya", "Sinar",
  "Horas", "Saroha", "Toba", "Deli", "Sibayak", "Sinabung", "Bahari", "Nauli", "Sepakat", "Tunas",
  "Mekar", "Putra", "Putri", "Kasih", "Indah", "Permai", "Murni", "Sehati", "Gemilang", "Pelita",
  "Hasanah", "Melati", "Kenanga", "Dolok", "Tapian", "Pesona", "Martabe", "Asahan", "Mauliate", "Sakinah",
];

export const STREETS = [
  "Jl. Sisingamangaraja", "Jl. Gatot Subroto", "Jl. Imam Bonjol", "Jl. Diponegoro", "Jl. Sudirman",
  "Jl. Merdeka", "Jl. Pendidikan", "Jl. Pasar Baru", "Jl. Lintas Sumatera", "Jl. Perintis Kemerdekaan",
  "Jl. Kartini", "Jl. Ahmad Yani", "Jl. Cut Nyak Dhien", "Jl. Pahlawan", "Jl. Kenanga", "Jl. Melati",
  "Jl. Sutomo", "Jl. Thamrin", "Jl. Besar", "Jl. Lingkar", "Gg. Damai", "Jl. Veteran", "Jl. Pelajar",
];

export const GIVEN_NAMES = {
  male: ["Budi", "Andi", "Rudi", "Hendra", "Joko", "Ahmad", "Muhammad", "Rizky", "Fajar", "Dedi", "Hotman", "Parlindungan", "Maruli", "Tigor", "Benny", "Darwin", "Sahat", "Togar", "Ramli", "Syahrial", "Zulkifli", "Irwan", "Agus", "Bambang", "Eko", "Faisal", "Hasan", "Ilham", "Yusuf", "Samuel", "Daniel", "Roy", "Anton", "Firman", "Rahmat", "Bonar", "Jhonson", "Herman"],
  female: ["Siti", "Rina", "Dewi", "Sri", "Nurhayati", "Maria", "Rosmawati", "Lestari", "Fitri", "Ani", "Yanti", "Lina", "Rosa", "Tiurma", "Dame", "Rugun", "Sondang", "Ratna", "Nurul", "Aisyah", "Indah", "Mega", "Debora", "Sarah", "Ernawati", "Juliana", "Ruth", "Elisabeth", "Melati", "Kartini", "Mariani", "Nuraini"],
};

/** Family names without a marga, common on the east coast and in Medan (Malay, Javanese, Minang). */
export const NON_MARGA_SURNAMES = [
  "Santoso", "Wahyuni", "Pratama", "Hidayat", "Saputra", "Rahmawati", "Syahputra", "Susanti", "Kurniawan",
  "Handayani", "Setiawan", "Ramadhan", "Permata", "Wijaya", "Gunawan", "Anggraini", "Fitriani", "Hakim",
];

/** Marga by region; the key is chosen from the kabupaten/kota code in demo-umkm.ts. */
export const MARGA = {
  nias: ["Zebua", "Harefa", "Telaumbanua", "Gulo", "Laia", "Zalukhu", "Hulu", "Lase", "Waruwu", "Ndruru", "Mendrofa", "Halawa"],
  karo: ["Ginting", "Tarigan", "Sembiring", "Perangin-angin", "Karo-karo", "Sitepu", "Barus", "Sinulingga", "Surbakti"],
  simalungun: ["Purba", "Saragih", "Damanik", "Sinaga", "Girsang", "Sipayung", "Munthe"],
  toba: ["Simanjuntak", "Sitorus", "Hutapea", "Pardede", "Manurung", "Situmorang", "Silalahi", "Napitupulu", "Sihombing", "Siahaan", "Simatupang", "Panjaitan", "Nainggolan", "Tambunan", "Hutagalung", "Sianturi", "Simamora", "Pasaribu"],
  angkola: ["Nasution", "Lubis", "Harahap", "Siregar", "Hasibuan", "Daulay", "Rangkuti", "Pulungan", "Batubara", "Ritonga", "Matondang", "Dalimunthe", "Pohan"],
  pakpak: ["Berutu", "Padang", "Bancin", "Solin", "Manik", "Tumangger", "Cibro", "Boangmanalu", "Sinamo", "Capah"],
} as const;

export const MARGA_REGION: Readonly<Record<string, keyof typeof MARGA>> = {
  "12.04": "nias", "12.14": "nias", "12.24": "nias", "12.25": "nias", "12.78": "nias",
  "12.06": "karo", "12.08": "simalungun", "12.72": "simalungun",
  "12.02": "toba", "12.12": "toba", "12.16": "toba", "12.17": "toba", "12.01": "toba", "12.73": "toba",
  "12.03": "angkola", "12.13": "angkola", "12.20": "angkola", "12.21": "angkola", "12.77": "angkola",
  "12.11": "pakpak", "12.15": "pakpak",
};
