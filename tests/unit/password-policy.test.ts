import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordEmailIssue, passwordSchema } from "@/lib/validation/password";
import { passwordChangeSchema, passwordResetSchema, userCreateSchema } from "@/lib/validation/users";
import { fieldErrorsOf } from "@/lib/forms/action-state";

// The password policy: 8–128 characters, not among the 20,000 most common passwords, not the
// email nor containing its local part. Errors are message keys.

const issuesOf = (value: unknown) => {
  const result = passwordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

// A string of `n` characters that is not a dictionary word.
const ofLength = (n: number) => "Zq7#".repeat(40).slice(0, n);

describe("password length", () => {
  it("refuses 7 characters and accepts 8", () => {
    expect(issuesOf(ofLength(7))).toEqual(["passwordTooShort"]);
    expect(issuesOf(ofLength(8))).toEqual([]);
  });

  it("accepts 64 and 128 characters and refuses 129", () => {
    expect(issuesOf(ofLength(64))).toEqual([]);
    expect(issuesOf(ofLength(128))).toEqual([]);
    expect(issuesOf(ofLength(129))).toEqual(["passwordTooLong"]);
  });

  it("counts characters, not UTF-16 units: 8 emoji are 8 characters, 7 are too few", () => {
    expect(issuesOf("🌶".repeat(8))).toEqual([]);
    expect(issuesOf("🌶".repeat(7))).toEqual(["passwordTooShort"]);
  });

  it("reports one message at a time and refuses non-strings", () => {
    expect(issuesOf("123")).toEqual(["passwordTooShort"]);
    expect(issuesOf(undefined)).toEqual(["passwordRequired"]);
  });
});

describe("common passwords", () => {
  it.each(["password", "12345678", "iloveyou", "sunshine", "PassWord", "QWERTYUIOP", "trustno1"])(
    "refuses %s",
    (value) => {
      expect(issuesOf(value)).toEqual(["passwordTooCommon"]);
    },
  );

  it("accepts a long, unusual passphrase", () => {
    expect(isCommonPassword("Durian Medan pukul tujuh")).toBe(false);
    expect(issuesOf("Durian Medan pukul tujuh")).toEqual([]);
  });
});

describe("email-based passwords", () => {
  it("refuses the email itself and anything containing its local part, case-insensitively", () => {
    expect(passwordEmailIssue("Budi@Contoh.co.id", "budi@contoh.co.id")).toBe("passwordIsEmail");
    expect(passwordEmailIssue("xxBUDI.santoso2026", "budi.santoso@contoh.co.id")).toBe("passwordContainsEmail");
    expect(passwordEmailIssue("Durian Medan pukul tujuh", "budi.santoso@contoh.co.id")).toBeNull();
  });

  it("ignores local parts too short to mean anything", () => {
    expect(passwordEmailIssue("ab-cd-ef-gh", "ab@contoh.co.id")).toBeNull();
  });

  it("is part of the create schema, next to the password field", () => {
    const result = userCreateSchema.safeParse({
      email: "siti.aminah@contoh.co.id",
      name: "Siti",
      role: "ADMIN",
      password: "siti.aminah#2026",
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ password: "passwordContainsEmail" });
  });
});

describe("change and reset schemas", () => {
  it("needs the current password, a matching confirmation and a different new password", () => {
    const result = passwordChangeSchema.safeParse({
      currentPassword: "",
      newPassword: "Durian Medan",
      confirmPassword: "Durian Medan!",
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(fieldErrorsOf(result.error)).toEqual({
        currentPassword: "currentPasswordRequired",
        confirmPassword: "confirmMismatch",
      });
    const same = passwordChangeSchema.safeParse({
      currentPassword: "Durian Medan",
      newPassword: "Durian Medan",
      confirmPassword: "Durian Medan",
    });
    expect(same.success || fieldErrorsOf(same.error)).toEqual({ newPassword: "passwordUnchanged" });
  });

  it("treats an empty reset password as 'generate one' and still checks a typed one", () => {
    expect(passwordResetSchema.parse({ password: "" })).toEqual({});
    const weak = passwordResetSchema.safeParse({ password: "letmein1" });
    expect(weak.success || fieldErrorsOf(weak.error)).toEqual({ password: "passwordTooCommon" });
  });
});
