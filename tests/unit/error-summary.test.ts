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
// so no form needs its own list. Each link is named by the field's label and leads to the field.
describe("summaryEntriesOf (the links read from a form)", () => {
  const node = (id: string, text = "", extra: Partial<SummaryNode> = {}): SummaryNode => ({
    id,
    text,
    describedBy: [],
    isControl: false,
    firstControlId: null,
    label: "",
    ...extra,
  });
  const control = (id: string, label: string, describedBy: string[] = []) =>
    node(id, "", { isControl: true, describedBy, label });

  it("lists every refused field of a multi-field form in the form's order, with its message", () => {
    // The need form's shape: label, control, hint, error per field; a date; a select; a fieldset of radios.
    const form = [
      control("title", "Judul kebutuhan", ["title-error"]),
      node("title-error", "Isi judul kebutuhan."),
      control("quantity", "Jumlah", ["quantity-hint"]),
      node("quantity-hint", "Angka bulat"),
      control("deadline", " Batas waktu ", ["deadline-hint", "deadline-error"]),
      node("deadline-hint", "dd/mm/yyyy"),
      node("deadline-error", "Tanggal tidak valid."),
      node("umkmId-group", "", { describedBy: ["umkmId-error"], firstControlId: "umkmId-0", label: "UMKM" }),
      node("umkmId-error", "Pilih satu UMKM."),
      control("umkmId-0", "CV Satu"),
      control("umkmId-1", "CV Dua"),
      control("kabupaten", "", ["kabupaten-error"]),
      node("kabupaten-error", " Pilih kabupaten/kota. "),
    ];
    expect(summaryEntriesOf(form)).toEqual([
      { id: "title", text: "Judul kebutuhan" },
      { id: "deadline", text: "Batas waktu" },
      { id: "umkmId-0", text: "UMKM" },
      // No label: named by its message.
      { id: "kabupaten", text: "Pilih kabupaten/kota." },
    ]);
  });

  it("lists nothing for a valid form, an empty message, or an error with no control to go to", () => {
    expect(summaryEntriesOf([control("title", "Judul"), node("title-hint", "Singkat")])).toEqual([]);
    expect(summaryEntriesOf([control("title", "Judul", ["title-error"]), node("title-error", "  ")])).toEqual([]);
    expect(summaryEntriesOf([node("form-error", "Gagal menyimpan.")])).toEqual([]);
  });

  it("names each field once even when two messages point at it", () => {
    const form = [
      node("group", "", { describedBy: ["choice-error", "other-error"], firstControlId: "a", label: "Pilihan" }),
      node("choice-error", "Pertama."),
      node("other-error", "Kedua."),
      control("a", "A"),
    ];
    expect(summaryEntriesOf(form)).toEqual([{ id: "a", text: "Pilihan" }]);
  });
});
