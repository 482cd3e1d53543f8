import { dictionary } from "@zxcvbn-ts/language-common";
import { text } from "@/lib/validation/text";

/**
 * Password policy (OWASP ASVS 2.1 / NIST SP 800-63B): at least 8 and at most 128 characters
 * (counted as Unicode code points, so "ü" or an emoji is one character), any characters, no
 * composition rules, and not one of the most common passwords or derived from the email.
 * Errors are message keys (namespace `userValidation`); the UI translates them.
 *
 * This module holds a 20,000-entry list: import it on the server (actions, dal), not from
 * client components — forms get their field errors back from the server action.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** How many entries of the frequency-ranked list are refused (the rest are rare enough). */
export const COMMON_PASSWORD_COUNT = 20_000;
/** Shorter email local parts ("a@…") would refuse half of all passwords; they are not checked. */
const MIN_LOCAL_PART_CHECKED = 3;

// Loaded once per process; the list is already lowercase and ranked by frequency.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary["passwords-common"].slice(0, COMMON_PASSWORD_COUNT).map((entry) => entry.toLowerCase()),
);

/** True when `password` (case-insensitively) is among the most common passwords. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** Length in Unicode code points, as users count characters. */
const lengthOf = (value: string) => Array.from(value).length;

/**
 * The message key when `password` equals `email` or contains its local part (case-insensitive),
 * otherwise null. Used by the schemas that see the email and by the dal for resets/changes.
 */
export function passwordEmailIssue(
  password: string,
  email: string,
): "passwordIsEmail" | "passwordContainsEmail" | null {
  const lowerPassword = password.toLowerCase();
  const lowerEmail = email.trim().toLowerCase();
  if (lowerEmail && lowerPassword === lowerEmail) return "passwordIsEmail";
  const localPart = lowerEmail.split("@")[0] ?? "";
  if (localPart.length >= MIN_LOCAL_PART_CHECKED && lowerPassword.includes(localPart)) return "passwordContainsEmail";
  return null;
}

/** The first policy rule `password` breaks, as a message key, or null (email checks: passwordEmailIssue). */
export function passwordPolicyIssue(
  password: string,
): "passwordTooShort" | "passwordTooLong" | "passwordTooCommon" | null {
  const length = lengthOf(password);
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  return isCommonPassword(password) ? "passwordTooCommon" : null;
}

/**
 * A new password: one message at a time (too short, too long, too common). One check rather
 * than chained refinements, because an aborting refinement would also stop the object-level
 * cross-field checks of the schemas that embed this one.
 */
export const passwordSchema = text({ error: "passwordRequired" }).superRefine((value, ctx) => {
  const issue = passwordPolicyIssue(value);
  if (issue) ctx.addIssue({ code: "custom", message: issue });
});
