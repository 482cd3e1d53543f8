/**
 * Seat of government (ibu kota) of each of North Sumatra's 33 kabupaten/kota, keyed by the
 * Kemendagri code used in `idn-area-data` (regencies.csv). The matching service scores
 * location by the distance between regency centres, so these are approximate town-centre
 * coordinates (WGS84, 4 decimals ≈ 11 m) — good enough for "same / neighbouring / far".
 *
 * Seats that differ from the regency's name, and are easy to get wrong:
 * Tapanuli Selatan → Sipirok (since 2013, formerly Padangsidimpuan); Nias → Gido (formerly
 * Gunungsitoli); Batu Bara → Lima Puluh; Simalungun → Pematang Raya; Deli Serdang → Lubuk Pakam.
 */
export type RegencyCentre = { capital: string; lat: number; lon: number };

export const NORTH_SUMATRA_PROVINCE_CODE = "12";

export const REGENCY_CENTRES: Readonly<Record<string, RegencyCentre>> = {
  "12.01": { capital: "Pandan", lat: 1.6889, lon: 98.8167 }, // Kab. Tapanuli Tengah
  "12.02": { capital: "Tarutung", lat: 2.0172, lon: 98.9653 }, // Kab. Tapanuli Utara
  "12.03": { capital: "Sipirok", lat: 1.6317, lon: 99.2519 }, // Kab. Tapanuli Selatan
  "12.04": { capital: "Gido", lat: 1.2086, lon: 97.6839 }, // Kab. Nias
  "12.05": { capital: "Stabat", lat: 3.737, lon: 98.456 }, // Kab. Langkat
  "12.06": { capital: "Kabanjahe", lat: 3.1, lon: 98.4908 }, // Kab. Karo
  "12.07": { capital: "Lubuk Pakam", lat: 3.5536, lon: 98.8711 }, // Kab. Deli Serdang
  "12.08": { capital: "Pematang Raya", lat: 2.9833, lon: 98.8833 }, // Kab. Simalungun
  "12.09": { capital: "Kisaran", lat: 2.9845, lon: 99.6158 }, // Kab. Asahan
  "12.10": { capital: "Rantau Prapat", lat: 2.1, lon: 99.8333 }, // Kab. Labuhanbatu
  "12.11": { capital: "Sidikalang", lat: 2.7396, lon: 98.315 }, // Kab. Dairi
  "12.12": { capital: "Balige", lat: 2.3341, lon: 99.0658 }, // Kab. Toba
  "12.13": { capital: "Panyabungan", lat: 0.85, lon: 99.5667 }, // Kab. Mandailing Natal
  "12.14": { capital: "Teluk Dalam", lat: 0.5667, lon: 97.8167 }, // Kab. Nias Selatan
  "12.15": { capital: "Salak", lat: 2.5667, lon: 98.2833 }, // Kab. Pakpak Bharat
  "12.16": { capital: "Dolok Sanggul", lat: 2.2586, lon: 98.7486 }, // Kab. Humbang Hasundutan
  "12.17": { capital: "Pangururan", lat: 2.61, lon: 98.699 }, // Kab. Samosir
  "12.18": { capital: "Sei Rampah", lat: 3.4572, lon: 99.1531 }, // Kab. Serdang Bedagai
  "12.19": { capital: "Lima Puluh", lat: 3.1681, lon: 99.4219 }, // Kab. Batu Bara
  "12.20": { capital: "Gunung Tua", lat: 1.3833, lon: 99.6667 }, // Kab. Padang Lawas Utara
  "12.21": { capital: "Sibuhuan", lat: 1.06, lon: 100.02 }, // Kab. Padang Lawas
  "12.22": { capital: "Kota Pinang", lat: 1.8917, lon: 100.0833 }, // Kab. Labuhanbatu Selatan
  "12.23": { capital: "Aek Kanopan", lat: 2.57, lon: 99.63 }, // Kab. Labuhanbatu Utara
  "12.24": { capital: "Lotu", lat: 1.3667, lon: 97.3667 }, // Kab. Nias Utara
  "12.25": { capital: "Lahomi", lat: 1.0833, lon: 97.4667 }, // Kab. Nias Barat
  "12.71": { capital: "Medan", lat: 3.5952, lon: 98.6722 }, // Kota Medan
  "12.72": { capital: "Pematangsiantar", lat: 2.9595, lon: 99.0687 }, // Kota Pematangsiantar
  "12.73": { capital: "Sibolga", lat: 1.7427, lon: 98.7792 }, // Kota Sibolga
  "12.74": { capital: "Tanjungbalai", lat: 2.9667, lon: 99.8 }, // Kota Tanjungbalai
  "12.75": { capital: "Binjai", lat: 3.6001, lon: 98.4854 }, // Kota Binjai
  "12.76": { capital: "Tebing Tinggi", lat: 3.3285, lon: 99.1625 }, // Kota Tebing Tinggi
  "12.77": { capital: "Padangsidimpuan", lat: 1.3788, lon: 99.2719 }, // Kota Padangsidimpuan
  "12.78": { capital: "Gunungsitoli", lat: 1.2888, lon: 97.6143 }, // Kota Gunungsitoli
};
