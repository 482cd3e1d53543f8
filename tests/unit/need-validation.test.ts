import { describe, expect, it } from "vitest";
import { firmInputSchema } from "@/lib/validation/firms";
import {
  issuesOf,
  needFilterSchema,
  needFormToInput,
  needInputSchema,
  needTransitionSchema,
} from "@/lib/validation/needs";

const valid = {
  title: "Katering tim investor asing",
  description: "Makan siang 150 porsi per hari, halal.",
  kbliCodes: ["56210"],
  deliveryRegencyCode: "12.03",
  quantity: "150",
  unit: "porsi per hari",
  frequency: "DAILY",
  estimatedValueRp: "1350000000",
  periodStart: "2027-02-01",
  periodEnd: "2027-07-31",
  responseDeadline: "2027-01-15",
  slots: 1,
  minScale: "MIKRO",
  maxScale: "MENENGAH",
  documentCodes: ["NIB", "HALAL", "SLHS"],
};

function pathsOf(input: unknown): Record<string, string> {
  const result = needInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(issuesOf(result.error).map((i) => [i.path, i.message]));
}

describe("needInputSchema", () => {
  it("accepts a complete catering need and keeps money as a digit string", () => {
    const parsed = needInputSchema.parse(valid);
    expect(parsed.estimatedValueRp).toBe("1350000000");
    expect(typeof parsed.estimatedValueRp).toBe("string");
  });

  it("rejects a period that ends before it starts", () => {
    expect(pathsOf({ ...valid, periodEnd: "2027-01-31" })).toEqual({ periodEnd: "periodEndBeforeStart" });
  });

  it("rejects a response deadline after the period start", () => {
    expect(pathsOf({ ...valid, responseDeadline: "2027-02-02" })).toEqual({ responseDeadline: "deadlineAfterStart" });
  });

  it("accepts a deadline on the start day itself", () => {
    expect(pathsOf({ ...valid, responseDeadline: "2027-02-01" })).toEqual({});
  });

  it("rejects a minimum scale above the maximum", () => {
    expect(pathsOf({ ...valid, minScale: "MENENGAH", maxScale: "KECIL" })).toEqual({ maxScale: "scaleOrder" });
  });

  it("rejects zero slots, fractional slots and a float or negative value", () => {
    expect(pathsOf({ ...valid, slots: 0 })).toEqual({ slots: "slotsInvalid" });
    expect(pathsOf({ ...valid, slots: 1.5 })).toEqual({ slots: "slotsInvalid" });
    expect(pathsOf({ ...valid, estimatedValueRp: "1350000000.50" })).toEqual({ estimatedValueRp: "valueInvalid" });
    expect(pathsOf({ ...valid, estimatedValueRp: "-5" })).toEqual({ estimatedValueRp: "valueInvalid" });
    expect(pathsOf({ ...valid, estimatedValueRp: 1350000000 })).toEqual({ estimatedValueRp: "valueInvalid" });
  });

  it("rejects missing KBLI codes, malformed ones and duplicates", () => {
    expect(pathsOf({ ...valid, kbliCodes: [] })).toEqual({ kbliCodes: "kbliRequired" });
    expect(pathsOf({ ...valid, kbliCodes: ["5621"] })).toEqual({ "kbliCodes.0": "kbliInvalid" });
    expect(pathsOf({ ...valid, kbliCodes: ["56210", "56210"] })).toEqual({ kbliCodes: "kbliDuplicate" });
  });

  it("rejects impossible dates and a zero quantity, each at its own path", () => {
    expect(pathsOf({ ...valid, periodStart: "2027-02-30", quantity: "0" })).toMatchObject({
      periodStart: "periodStartInvalid",
      quantity: "quantityInvalid",
    });
  });

  it("reports every empty required field of an empty form", () => {
    const paths = pathsOf(needFormToInput(new FormData()));
    for (const key of [
      "title",
      "description",
      "kbliCodes",
      "deliveryRegencyCode",
      "quantity",
      "unit",
      "frequency",
      "periodStart",
      "periodEnd",
      "responseDeadline",
      "slots",
      "minScale",
      "maxScale",
    ]) {
      expect(paths[key], key).toBeTruthy();
    }
  });

  it("reads the form: KBLI list split on commas and spaces, dotted rupiah, empty value as null", () => {
    const form = new FormData();
    Object.entries({ ...valid, kbliCodes: "56210, 56290", estimatedValueRp: "1.350.000.000", slots: "2" }).forEach(
      ([k, v]) => {
        if (!Array.isArray(v)) form.set(k, String(v));
      },
    );
    form.append("documentCodes", "NIB");
    const input = needFormToInput(form);
    expect(input).toMatchObject({
      kbliCodes: ["56210", "56290"],
      estimatedValueRp: "1350000000",
      slots: 2,
      documentCodes: ["NIB"],
    });
    form.set("estimatedValueRp", "");
    expect(needFormToInput(form).estimatedValueRp).toBeNull();
  });
});

describe("needTransitionSchema", () => {
  it("requires a reason to close or cancel, not to publish", () => {
    expect(needTransitionSchema.safeParse({ to: "OPEN", version: 1 }).success).toBe(true);
    const result = needTransitionSchema.safeParse({ to: "CANCELLED", reason: "  ", version: 1 });
    expect(result.success).toBe(false);
    expect(issuesOf(result.error!)).toEqual([{ path: "reason", message: "reasonRequired" }]);
  });

  it("rejects an unknown status and a missing version", () => {
    const result = needTransitionSchema.safeParse({ to: "ARCHIVED" });
    expect(
      issuesOf(result.error!)
        .map((i) => i.path)
        .sort(),
    ).toEqual(["to", "version"]);
  });
});

describe("needFilterSchema", () => {
  it("treats empty query parameters as absent and defaults the sort", () => {
    expect(needFilterSchema.parse({ status: "", q: " ", kbli: "" })).toMatchObject({
      status: undefined,
      q: undefined,
      sort: "deadline",
      limit: 20,
    });
  });

  it("rejects a non-numeric KBLI prefix and an unknown sort", () => {
    const result = needFilterSchema.safeParse({ kbli: "56a", sort: "random" });
    expect(
      issuesOf(result.error!)
        .map((i) => i.path)
        .sort(),
    ).toEqual(["kbli", "sort"]);
  });
});

describe("firmInputSchema", () => {
  const firm = {
    name: "PT Uji",
    legalName: "PT Uji Kemitraan",
    sector: "Tambang",
    investmentType: "PMA",
    regencyCode: "12.03",
    address: "Batangtoru",
  };

  it("stores blank contacts as null", () => {
    expect(firmInputSchema.parse({ ...firm, contactEmail: "", website: "" })).toMatchObject({
      contactEmail: null,
      website: null,
    });
  });

  it("rejects a bad e-mail, a non-http website and a missing investment type", () => {
    const result = firmInputSchema.safeParse({
      ...firm,
      investmentType: "",
      contactEmail: "x@",
      website: "javascript:alert(1)",
    });
    expect(
      issuesOf(result.error!)
        .map((i) => `${i.path}:${i.message}`)
        .sort(),
    ).toEqual(["contactEmail:emailInvalid", "investmentType:investmentTypeRequired", "website:websiteInvalid"]);
  });
});
