import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import type { DemoUmkm } from "@/prisma/seed/demo-umkm";

/**
 * Three hand-written UMKM that tell the article's story next to the generated ones: a caterer
 * near the Martabe mine still missing SLHS (the "catering needs preparation" point), a car
 * rental that is ready for Agincourt, and a scrap collector at Kuala Tanjung whose NIB the
 * office is helping with. They replace the first generated UMKM of their kabupaten.
 */
type Flagship = {
  regencyCode: string;
  nth: number;
  districtCode: string;
  override: Partial<DemoUmkm> & { kbliCodes: string[]; capitalRp: bigint; annualSalesRp: bigint };
  paperwork: { code: string; status: PaperworkStatus; notes?: string }[];
};

export const FLAGSHIPS: readonly Flagship[] = [
  {
    regencyCode: "12.03",
    nth: 0,
    districtCode: "12.03.02",
    override: {
      profile: "catering",
      businessName: "Katering Nauli Batangtoru",
      ownerName: "Rosmawati Siregar",
      phone: "081265550101",
      email: "katering.nauli@umkm.demo.kemitraan.id",
      productsText: "Nasi kotak, katering harian karyawan tambang, prasmanan acara, masakan Batak dan Melayu halal.",
      address: "Jl. Mayor Sutan Mangaraja No. 12, Kec. Batang Toru",
      kbliCodes: ["56210", "56290"],
      capitalRp: 150_000_000n,
      annualSalesRp: 900_000_000n,
      employees: 6,
      yearEstablished: 2016,
      capacity: 2,
      nib: "9120003031001",
      npwp: null,
    },
    paperwork: [
      { code: "NIB", status: "ISSUED" },
      { code: "HALAL", status: "IN_PROGRESS", notes: "Jalur self-declare; pendamping PPH dijadwalkan berkunjung." },
      { code: "SLHS", status: "NOT_STARTED" },
      { code: "SERTIFIKAT_STANDAR", status: "SUBMITTED" },
    ],
  },
  {
    regencyCode: "12.03",
    nth: 1,
    districtCode: "12.03.02",
    override: {
      profile: "rental-driver",
      businessName: "Rental Martabe Trans",
      ownerName: "Parlindungan Harahap",
      phone: "081265550202",
      email: "martabe.trans@umkm.demo.kemitraan.id",
      productsText:
        "Sewa mobil dengan sopir, double cabin 4x4, antar jemput karyawan, carter ke Padangsidimpuan dan Sibolga.",
      address: "Jl. Lintas Sumatera Km 8, Kec. Batang Toru",
      kbliCodes: ["49422", "77100"],
      capitalRp: 1_400_000_000n,
      annualSalesRp: 1_800_000_000n,
      employees: 9,
      yearEstablished: 2012,
      capacity: 2,
      nib: "9120003031002",
      npwp: "1203000000031002",
    },
    paperwork: [
      { code: "NIB", status: "ISSUED" },
      { code: "NPWP", status: "ISSUED" },
      { code: "SERTIFIKAT_STANDAR", status: "ISSUED" },
      { code: "KIR", status: "ISSUED" },
      { code: "IZIN_ANGKUTAN", status: "IN_PROGRESS", notes: "Menunggu pemeriksaan pool oleh Dishub." },
    ],
  },
  {
    regencyCode: "12.19",
    nth: 0,
    districtCode: "12.19.02",
    override: {
      profile: "scrap",
      businessName: "UD Besi Tua Kuala Tanjung",
      ownerName: "Syahrial Batubara",
      phone: "081265550303",
      email: null,
      productsText: "Besi tua, aluminium bekas, tembaga, kabel bekas, drum dan palet bekas pabrik.",
      address: "Dusun III Kuala Tanjung, Kec. Sei Suka",
      kbliCodes: ["46696", "38301"],
      capitalRp: 400_000_000n,
      annualSalesRp: 1_500_000_000n,
      employees: 4,
      yearEstablished: 2009,
      capacity: 1,
      nib: null,
      npwp: null,
    },
    paperwork: [{ code: "NIB", status: "IN_PROGRESS", notes: "Didampingi petugas DPMPTSP membuat akun OSS." }],
  },
];

/** The flagship whose owner signs in as umkm@demo.kemitraan.id. */
export const DEMO_OWNER_FLAGSHIP = "Katering Nauli Batangtoru";

/** Replaces the chosen generated UMKM with the flagships (keeping their key, id and ordering). */
export function applyFlagships(list: DemoUmkm[], usedNibs: Set<string>): DemoUmkm[] {
  for (const flagship of FLAGSHIPS) {
    const target = list.filter((u) => u.regencyCode === flagship.regencyCode)[flagship.nth];
    if (!target) throw new Error(`no generated UMKM to replace in ${flagship.regencyCode}`);
    if (flagship.override.nib && usedNibs.has(flagship.override.nib)) throw new Error("flagship NIB collides");
    Object.assign(target, flagship.override, {
      districtCode: flagship.districtCode,
      scale: classifyScale(flagship.override.capitalRp, flagship.override.annualSalesRp),
      kbliPrefixes: kbliPrefixesOf(flagship.override.kbliCodes),
    });
  }
  return list;
}

/** The hand-written paperwork of a flagship, or undefined for generated UMKM. */
export function flagshipPaperwork(businessName: string): Flagship["paperwork"] | undefined {
  return FLAGSHIPS.find((f) => f.override.businessName === businessName)?.paperwork;
}
