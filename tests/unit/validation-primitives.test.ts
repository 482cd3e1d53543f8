import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  blankAsNull,
  blankToNull,
  blankToUndefined,
  MAX_RUPIAH,
  nullableText,
  optionalText,
  parseRupiah,
  rupiahField,
  versionField,
} from "@/lib/validation/primitives";

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("validation primitives", () => {
  it("blankToUndefined / blankToNull turn whitespace-only strings into 'not given' and leave the rest", () => {
    expect(blankToUndefined("  \t")).toBeUndefined();
    expect(blankToNull("")).toBeNull();
    expect(blankToUndefined(" a ")).toBe(" a ");
    expect(blankToNull(0)).toBe(0);
    expect(blankToUndefined(null)).toBeNull();
  });

  it("optionalText trims, maps blank to undefined and refuses overlong text as tooLong", () => {
    expect(optionalText(5).parse("  hi  ")).toBe("hi");
    expect(optionalText(5).parse("   ")).toBeUndefined();
    expect(optionalText(5).parse(undefined)).toBeUndefined();
    expect(messages(optionalText(5), "123456")).toEqual(["tooLong"]);
    expect(messages(optionalText(5), "a\u0000b")).toEqual(["textCharacter"]);
  });

  it("nullableText and blankAsNull store a blank field as null", () => {
    expect(nullableText(10).parse(" ")).toBeNull();
    expect(nullableText(10).parse(undefined)).toBeNull();
    expect(nullableText(10).parse(" x ")).toBe("x");
    expect(messages(nullableText(3), "abcd")).toEqual(["tooLong"]);
    const id = blankAsNull(z.uuid({ error: "invalid" }));
    expect(id.parse("")).toBeNull();
    expect(messages(id, "nope")).toEqual(["invalid"]);
  });

  it("versionField coerces a hidden field to a whole number ≥ min, else the given key", () => {
    expect(versionField().parse("3")).toBe(3);
    expect(messages(versionField(), "0")).toEqual(["invalid"]);
    expect(messages(versionField("versionInvalid"), "1.5")).toEqual(["versionInvalid"]);
    expect(messages(versionField("versionInvalid"), "x")).toEqual(["versionInvalid"]);
    expect(versionField("invalid", 0).parse("0")).toBe(0);
  });

  it.each([
    ["Rp 1.500.000", 1_500_000n],
    ["1.500.000", 1_500_000n],
    ["1500000", 1_500_000n],
    ["Rp1.500.000,00", 1_500_000n],
    ["rp. 2.000", 2000n],
    [1500, 1500n],
    [12n, 12n],
    ["1,5", null],
    ["-5", null],
    [-1, null],
    [1.5, null],
    ["1.50.000", null],
    [null, null],
  ])("parseRupiah(%s) → %s", (raw, expected) => expect(parseRupiah(raw)).toBe(expected));

  it("rupiahField: blank is required, not whole rupiah is money, above MAX_RUPIAH is moneyTooLarge", () => {
    expect(rupiahField.parse("Rp 1.500.000")).toBe(1_500_000n);
    expect(messages(rupiahField, " ")).toEqual(["required"]);
    expect(messages(rupiahField, undefined)).toEqual(["required"]);
    expect(messages(rupiahField, "12,5")).toEqual(["money"]);
    expect(messages(rupiahField, (MAX_RUPIAH + 1n).toString())).toEqual(["moneyTooLarge"]);
    expect(rupiahField.parse(MAX_RUPIAH.toString())).toBe(MAX_RUPIAH);
  });
});
