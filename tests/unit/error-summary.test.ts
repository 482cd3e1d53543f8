import { describe, expect, it } from "vitest";
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
