import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { DOCUMENT_TYPES, type DocumentTypeReference } from "@/lib/reference/document-types";
import { flagshipPaperwork } from "@/prisma/seed/demo-flagships";
import type { DemoUmkm } from "@/prisma/seed/demo-umkm";
import { addDays, addMonths, Rng, seedUuid } from "@/prisma/seed/random";

export type PaperworkPlan = {
  id: string;
  umkmId: string;
  documentCode: string;
  status: PaperworkStatus;
  number: string | null;
  issuer: string | null;
  issuedOn: Date | null;
  expiresOn: Date | null;
  notes: string | null;
  /** True when a PMPTSP officer is recorded as assisting (set to the demo officer). */
  assisted: boolean;
};

type Wanted = { code: string; status: PaperworkStatus; notes?: string };

const BY_CODE = new Map(DOCUMENT_TYPES.map((type) => [type.code, type]));
const EXPIRING = new Set(DOCUMENT_TYPES.filter((type) => type.expires).map((type) => type.code));

function wantedFor(umkm: DemoUmkm, rng: Rng): Wanted[] {
  const wanted: Wanted[] = [];
  if (umkm.nib) wanted.push({ code: "NIB", status: "ISSUED" });
  else if (rng.chance(0.45))
    wanted.push({
      code: "NIB",
      status: rng.weighted([
        ["NOT_STARTED", 40],
        ["IN_PROGRESS", 35],
        ["SUBMITTED", 25],
      ] as const),
    });
  if (umkm.npwp) wanted.push({ code: "NPWP", status: "ISSUED" });
  for (const type of DOCUMENT_TYPES) {
    if (!type.kbliPrefixes.some((prefix) => umkm.kbliPrefixes.includes(prefix))) continue;
    if ((type.code === "SNI" || type.code === "BPOM_MD") && !rng.chance(0.3)) continue;
    if (!rng.chance(0.55)) continue;
    // Without an NIB almost nothing else can be issued through OSS: keep those early-stage.
    const status = umkm.nib
      ? rng.weighted([
          ["NOT_STARTED", 20],
          ["IN_PROGRESS", 25],
          ["SUBMITTED", 20],
          ["ISSUED", 35],
        ] as const)
      : rng.weighted([
          ["NOT_STARTED", 60],
          ["IN_PROGRESS", 40],
        ] as const);
    wanted.push({ code: type.code, status });
  }
  return wanted;
}

function numberFor(code: string, umkm: DemoUmkm, rng: Rng, issuedOn: Date): string {
  const year = issuedOn.getUTCFullYear();
  const kab = umkm.regencyCode.replace(".", "");
  switch (code) {
    case "NIB":
      return umkm.nib ?? `91${rng.digits(11)}`;
    case "NPWP":
      return umkm.npwp ?? `${kab}${rng.digits(12)}`;
    case "SERTIFIKAT_STANDAR":
      return `${umkm.nib ?? rng.digits(13)}000${rng.int(1, 9)}`;
    case "SPP_IRT":
      return `${rng.int(1, 5)}${rng.digits(2)}${kab}${rng.digits(6)}-${String(year + 5).slice(2)}`;
    case "HALAL":
      return `ID12${rng.digits(11)}${String(year).slice(2)}`;
    case "SLHS":
      return `${rng.int(100, 999)}/SLHS/DINKES/${year}`;
    case "SNI":
      return `SPPT-SNI/${rng.digits(4)}/${year}`;
    case "BPOM_MD":
      return `MD ${rng.digits(12)}`;
    case "SBU_KONSTRUKSI":
      return `SBU-${kab}-${rng.digits(8)}`;
    case "KIR":
      return `KIR-${kab}-${rng.digits(6)}`;
    default:
      return `503/${rng.digits(4)}/DISHUB/${year}`;
  }
}

function issuerFor(type: DocumentTypeReference, regencyName: string): string {
  if (type.code === "SLHS" || type.code === "SPP_IRT") return `Dinas Kesehatan ${regencyName}`;
  if (type.code === "KIR") return `Dinas Perhubungan ${regencyName}`;
  return type.issuer;
}

/**
 * Issue date of an ISSUED item: inside its validity window (so it is still valid at `now`)
 * and not before the UMKM's NIB, since OSS issues nothing else without one.
 */
function issueDate(type: DocumentTypeReference, rng: Rng, now: Date, notBefore: Date | null): Date {
  const validDays = type.validityMonths ? type.validityMonths * 30 - 20 : 1500;
  const sinceNib = notBefore ? Math.floor((now.getTime() - notBefore.getTime()) / 86_400_000) : validDays;
  return addDays(now, -rng.int(Math.min(10, sinceNib), Math.max(0, Math.min(validDays, sinceNib))));
}

/** Dates of an EXPIRED item: its validity ran out 20–200 days before `now`. */
function expiredDates(type: DocumentTypeReference, rng: Rng, now: Date): { issuedOn: Date; expiresOn: Date } {
  const expiresOn = addDays(now, -rng.int(20, 200));
  return { issuedOn: addMonths(expiresOn, -(type.validityMonths ?? 12)), expiresOn };
}

type Context = { regencyName: string; nibIssuedOn: Date | null; lapsedIssuedOn: Date | null };

function materialise(umkm: DemoUmkm, want: Wanted, rng: Rng, now: Date, context: Context): PaperworkPlan {
  const type = BY_CODE.get(want.code);
  if (!type) throw new Error(`unknown document type ${want.code}`);
  let issuedOn: Date | null = null;
  let expiresOn: Date | null = null;
  if (want.status === "EXPIRED") ({ issuedOn, expiresOn } = expiredDates(type, rng, now));
  else if (want.status === "ISSUED" && want.code === "NIB" && context.lapsedIssuedOn) {
    // A document that has already lapsed was issued through OSS, so the NIB is older still.
    issuedOn = addDays(context.lapsedIssuedOn, -rng.int(10, 300));
  } else if (want.status === "ISSUED") {
    issuedOn = issueDate(type, rng, now, want.code === "NIB" ? null : context.nibIssuedOn);
    expiresOn = type.validityMonths ? addMonths(issuedOn, type.validityMonths) : null;
  }
  return {
    id: seedUuid(`paperwork:${umkm.key}:${want.code}`),
    umkmId: umkm.id,
    documentCode: want.code,
    status: want.status,
    number: issuedOn ? numberFor(want.code, umkm, rng, issuedOn) : null,
    issuer: issuedOn ? issuerFor(type, context.regencyName) : null,
    issuedOn,
    expiresOn,
    notes: want.notes ?? null,
    assisted: (want.status === "IN_PROGRESS" || want.status === "SUBMITTED") && rng.chance(0.5),
  };
}

/**
 * Paperwork items for the demo UMKM: NIB/NPWP where they have them, the documents their KBLI
 * usually needs at mixed stages, hand-written items for the flagships, exactly two EXPIRED
 * and one REJECTED item. Every row satisfies the DB CHECKs (ISSUED/EXPIRED carry number and
 * issued_on; expires_on ≥ issued_on). Dates are relative to `now` so the demo stays current.
 */
export function planPaperwork(
  umkms: readonly DemoUmkm[],
  now: Date,
  regencyNames: ReadonlyMap<string, string>,
): PaperworkPlan[] {
  const rng = new Rng(70_212_021);
  const wanted = umkms.map((umkm) => {
    const handWritten = flagshipPaperwork(umkm.businessName);
    return { umkm, items: handWritten ?? wantedFor(umkm, rng), isFlagship: handWritten !== undefined };
  });
  const generated = wanted.filter((w) => !w.isFlagship).flatMap((w) => w.items);
  // Two lapsed documents (the expiry reminders have something to show) and one rejection.
  generated
    .filter((item) => item.status === "ISSUED" && EXPIRING.has(item.code))
    .slice(0, 2)
    .forEach((item) => {
      item.status = "EXPIRED";
    });
  const rejected = generated.find(
    (item) => item.status === "SUBMITTED" && ["SPP_IRT", "SLHS", "SERTIFIKAT_STANDAR"].includes(item.code),
  );
  if (rejected)
    Object.assign(rejected, {
      status: "REJECTED",
      notes: "Berkas kurang lengkap: denah dan foto tempat produksi belum diunggah. Lengkapi lalu ajukan ulang.",
    });
  return wanted.flatMap(({ umkm, items }) => {
    const context: Context = {
      regencyName: regencyNames.get(umkm.regencyCode) ?? umkm.regencyCode,
      nibIssuedOn: null,
      lapsedIssuedOn: null,
    };
    // Lapsed documents first, then the NIB (dated before them), then the rest (dated after it).
    const rank = (want: Wanted) => (want.status === "EXPIRED" ? 0 : want.code === "NIB" ? 1 : 2);
    return [...items]
      .sort((a, b) => rank(a) - rank(b))
      .map((want) => {
        const plan = materialise(umkm, want, rng, now, context);
        if (want.status === "EXPIRED") context.lapsedIssuedOn = plan.issuedOn;
        if (want.code === "NIB") context.nibIssuedOn = plan.issuedOn;
        return plan;
      });
  });
}
