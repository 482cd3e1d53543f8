import { describe, expect, it } from "vitest";
import {
  normalisePhone,
  UMKM_ERROR_KEYS,
  umkmInputSchema,
  umkmOwnerInputSchema,
  type RegionLookup,
} from "@/lib/validation/umkm";
import { parseRupiah } from "@/lib/validation/primitives";
import { fieldErrorsOf } from "@/lib/forms/action-state";

// Kota Medan 12.71 with kecamatan 12.71.01; Kab. Batu Bara 12.19 with 12.19.01.
const regions: RegionLookup = {
  hasRegency: (code) => code === "12.71" || code === "12.19",
  regencyOfDistrict: (code) => ({ "12.71.01": "12.71", "12.19.01": "12.19" })[code],
};
const schema = umkmInputSchema(regions);

const valid = {
  businessName: "  Katering Nauli  ",
  ownerName: "Siti Aminah",
  phone: "0812-3456-7890",
  email: "Siti@Contoh.ID",
  nib: "1234567890123",
  npwp: "01.234.567.8-901.000",
  kbliCodes: "56210, 10794",
  productsText: "Nasi kotak",
  regencyCode: "12.71",
  districtCode: "12.71.01",
  capitalRp: "Rp 1.500.000",
  annualSalesRp: "250000000",
  employees: "4",
  yearEstablished: "2015",
  capacity: "2",
  isActive: "ya",
};

function errorsOf(patch: Record<string, unknown>) {
  const result = schema.safeParse({ ...valid, ...patch });
  return result.success ? {} : fieldErrorsOf(result.error, UMKM_ERROR_KEYS);
}

describe("umkmInputSchema normalises", () => {
  it("trims text, lowercases e-mail, phones to +62, NPWP to digits, rupiah to BigInt, KBLI to a list", () => {
    const parsed = schema.parse(valid);
    expect(parsed).toMatchObject({
      businessName: "Katering Nauli",
      email: "siti@contoh.id",
      phone: "+6281234567890",
      npwp: "012345678901000",
      kbliCodes: ["56210", "10794"],
      capitalRp: 1_500_000n,
      annualSalesRp: 250_000_000n,
      employees: 4,
      yearEstablished: 2015,
      capacity: 2,
      isActive: true,
    });
  });

  it.each([
    ["+62 812 3456 7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["(061) 456-7890", "+62614567890"],
    ["0812.3456.789", "+628123456789"],
  ])("phone %s → %s", (raw, expected) => expect(normalisePhone(raw)).toBe(expected));

  it.each(["12345", "+1 202 555 0100", "0812-abc", "00812345678"])("rejects phone %s", (raw) => {
    expect(errorsOf({ phone: raw }).phone).toBe("phone");
  });

  it.each([
    ["1.500.000", 1_500_000n],
    ["1500000", 1_500_000n],
    ["Rp 1.500.000", 1_500_000n],
    ["Rp1.500.000,00", 1_500_000n],
    ["0", 0n],
  ])("rupiah %s", (raw, expected) => expect(parseRupiah(raw)).toBe(expected));

  it.each(["1,5 juta", "-100", "1.500.000,50", "15.00", "abc"])("rejects rupiah %s", (raw) => {
    expect(errorsOf({ capitalRp: raw }).capitalRp).toBe("money");
  });

  it("leaves optional fields out when blank and defaults capacity to 1 and active to true", () => {
    const parsed = schema.parse({
      ...valid,
      email: " ",
      nib: "",
      npwp: "",
      phone: "",
      employees: "",
      yearEstablished: "",
      capacity: "",
      isActive: "",
    });
    expect(parsed.email).toBeUndefined();
    expect(parsed.nib).toBeUndefined();
    expect(parsed.phone).toBeUndefined();
    expect(parsed.capacity).toBe(1);
    expect(parsed.isActive).toBe(true);
    expect(schema.parse({ ...valid, isActive: "tidak" }).isActive).toBe(false);
  });
});

describe("umkmInputSchema boundaries", () => {
  it("NIB: exactly 13 digits", () => {
    expect(errorsOf({ nib: "123456789012" }).nib).toBe("nibDigits");
    expect(errorsOf({ nib: "12345678901234" }).nib).toBe("nibDigits");
    expect(errorsOf({ nib: "12345678901a3" }).nib).toBe("nibDigits");
    expect(errorsOf({ nib: "1234 5678 90123" }).nib).toBeUndefined();
  });

  it("NPWP: 15 or 16 digits", () => {
    expect(errorsOf({ npwp: "12345678901234" }).npwp).toBe("npwpDigits");
    expect(errorsOf({ npwp: "123456789012345" }).npwp).toBeUndefined();
    expect(errorsOf({ npwp: "1234567890123456" }).npwp).toBeUndefined();
    expect(errorsOf({ npwp: "12345678901234567" }).npwp).toBe("npwpDigits");
  });

  it("KBLI: 1 to 5 codes from the reference list", () => {
    expect(errorsOf({ kbliCodes: "" }).kbliCodes).toBe("required");
    expect(errorsOf({ kbliCodes: "56210 10794 10710 49422 46696" }).kbliCodes).toBeUndefined();
    expect(errorsOf({ kbliCodes: "56210 10794 10710 49422 46696 77100" }).kbliCodes).toBe("kbliCount");
    expect(errorsOf({ kbliCodes: "99999" }).kbliCodes).toBe("kbliUnknown");
    expect(errorsOf({ kbliCodes: ["56210", "56210"] }).kbliCodes).toBeUndefined();
  });

  it("year established: 1900 to the current year", () => {
    const year = new Date().getFullYear();
    expect(errorsOf({ yearEstablished: "1899" }).yearEstablished).toBe("yearRange");
    expect(errorsOf({ yearEstablished: "1900" }).yearEstablished).toBeUndefined();
    expect(errorsOf({ yearEstablished: String(year) }).yearEstablished).toBeUndefined();
    expect(errorsOf({ yearEstablished: String(year + 1) }).yearEstablished).toBe("yearRange");
  });

  it("capacity ≥ 1, employees ≥ 0, money not absurd", () => {
    expect(errorsOf({ capacity: "0" }).capacity).toBe("capacityMin");
    expect(errorsOf({ capacity: "1.5" }).capacity).toBe("integer");
    expect(errorsOf({ employees: "-1" }).employees).toBe("employeesRange");
    expect(errorsOf({ capitalRp: "1000000000000000001" }).capitalRp).toBe("moneyTooLarge");
    expect(errorsOf({ capitalRp: "" }).capitalRp).toBe("required");
  });

  it("kecamatan must exist and belong to the kabupaten/kota; kabupaten must be in North Sumatra", () => {
    expect(errorsOf({ districtCode: "12.71.99" }).districtCode).toBe("districtUnknown");
    expect(errorsOf({ districtCode: "12.19.01" }).districtCode).toBe("districtOtherRegency");
    expect(errorsOf({ regencyCode: "11.01", districtCode: "11.01.01" }).regencyCode).toBe("regencyUnknown");
  });

  it("required text and e-mail format", () => {
    expect(errorsOf({ businessName: "   " }).businessName).toBe("required");
    expect(errorsOf({ ownerName: undefined }).ownerName).toBe("required");
    expect(errorsOf({ email: "not-an-email" }).email).toBe("email");
    expect(errorsOf({ productsText: "x".repeat(2001) }).productsText).toBe("tooLong");
  });

  it("the owner's schema knows only contact and product fields", () => {
    const parsed = umkmOwnerInputSchema.parse({
      phone: "081234567890",
      productsText: "Snack box",
      nib: "1234567890123",
      capitalRp: "5",
    });
    expect(Object.keys(parsed).sort()).toEqual(["phone", "productsText"]);
  });
});
