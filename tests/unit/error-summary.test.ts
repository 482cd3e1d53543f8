import { describe, expect, it } from "vitest";
import { summaryEntriesOf, type SummaryNode } from "@/components/forms/error-summary-links";
import { summaryErrors } from "@/components/forms/use-action-form";

// The error summary at the top of a form (GOV.UK pattern): one link per refused field, in the
// form's order, named by the field's label and pointing at the field's id.

describe("summaryErrors", () => {
  const translate = (key: string) => `«${key}»`;
  const labels = { currentPassword: "Kata sandi saat ini", newPassword: "Kata sandi baru", confirm: "Ulangi" };

  it("lists refused fields in the form's order, linking to each field's id", () => {
    const state = { fieldErrors: { confirm: "confirmMismatch", newPassword: "passwordTooShort" } };
    expect(summaryErrors(state, translate, labels)).toEqual([
      { id: "newPassword", text: "Kata sandi baru" },
      { id: "confirm", text: "Ulangi" },
    ]);
  });

  it("names a refused field without a label by its message, and lists nothing for a valid form", () => {
    expect(summaryErrors({ fieldErrors: { extra: "invalid" } }, translate, labels)).toEqual([
      { id: "extra", text: "«invalid»" },
    ]);
    expect(summaryErrors({ fieldErrors: {} }, translate, labels)).toEqual([]);
  });
});

// Every form on FormSummary: the links are read from the form's shown field errors (`<id>-error`),
// so no form needs its own list. The link says the error message (GOV.UK) and leads to the field.
describe("summaryEntriesOf (the links read from a form)", () => {
  const node = (id: string, text = "", extra: Partial<SummaryNode> = {}): SummaryNode => ({
    id,
    text,
    describedBy: [],
    isControl: false,
    firstControlId: null,
    ...extra,
  });
  const control = (id: string, describedBy: string[] = []) => node(id, "", { isControl: true, describedBy });

  it("lists every refused field of a multi-field form in the form's order, with its message", () => {
    // The need form's shape: label, control, hint, error per field; a date; a select; a fieldset of radios.
    const form = [
      node("title-label", "Judul kebutuhan"),
      control("title", ["title-error"]),
      node("title-error", "Isi judul kebutuhan."),
      control("quantity", ["quantity-hint"]),
      node("quantity-hint", "Angka bulat"),
      control("deadline", ["deadline-hint", "deadline-error"]),
      node("deadline-hint", "dd/mm/yyyy"),
      node("deadline-error", " Tanggal tidak valid. "),
      node("umkmId-group", "", { describedBy: ["umkmId-error"], firstControlId: "umkmId-0" }),
      node("umkmId-error", "Pilih satu UMKM."),
      control("umkmId-0"),
      control("umkmId-1"),
      control("kabupaten", ["kabupaten-error"]),
      node("kabupaten-error", "Pilih kabupaten/kota."),
    ];
    expect(summaryEntriesOf(form)).toEqual([
      { id: "title", text: "Isi judul kebutuhan." },
      { id: "deadline", text: "Tanggal tidak valid." },
      { id: "umkmId-0", text: "Pilih satu UMKM." },
      { id: "kabupaten", text: "Pilih kabupaten/kota." },
    ]);
  });

  it("lists nothing for a valid form, an empty message, or an error with no control to go to", () => {
    expect(summaryEntriesOf([control("title"), node("title-hint", "Singkat")])).toEqual([]);
    expect(summaryEntriesOf([control("title", ["title-error"]), node("title-error", "  ")])).toEqual([]);
    expect(summaryEntriesOf([node("form-error", "Gagal menyimpan.")])).toEqual([]);
  });

  it("names each field once even when two messages point at it", () => {
    const form = [
      node("group", "", { describedBy: ["a-error", "b-error"], firstControlId: "a" }),
      node("a-error", "Pertama."),
      node("b-error", "Kedua."),
      control("a"),
    ];
    expect(summaryEntriesOf(form)).toEqual([{ id: "a", text: "Pertama." }]);
  });
});
