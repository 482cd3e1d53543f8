import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { passwordEmailIssue, passwordSchema } from "@/lib/validation/password";
import { text } from "@/lib/validation/text";
import { blankAsNull, versionField } from "@/lib/validation/primitives";

/**
 * User administration and password schemas, shared by the server actions and the data layer.
 * Every error is a message key of the `userValidation` namespace. Form fields arrive as
 * strings: an empty select/input means "none" (null) or "not given" (undefined).
 */

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value === "" ? undefined : value);

export const emailSchema = text({ error: "emailRequired" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }));

const nameSchema = text({ error: "nameRequired" })
  .trim()
  .min(1, { error: "nameRequired" })
  .max(120, { error: "nameTooLong" });

const roleSchema = z.enum(Role, { error: "roleRequired" });
const optionalId = (key: string) => blankAsNull(z.uuid({ error: key }));

const assignment = {
  role: roleSchema,
  companyId: optionalId("companyInvalid"),
  umkmId: optionalId("umkmInvalid"),
};

type Assignment = { role: Role; companyId: string | null; umkmId: string | null };

/**
 * Runs a cross-field check only when `fields` themselves parsed, so one submission reports
 * every invalid field at once (zod skips object refinements after any field error otherwise).
 */
const whenValid = (...fields: string[]) => ({
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
});

/**
 * The role rules (mirrored by the users_*_role_check constraints): COMPANY_STAFF belongs to
 * exactly one firm, UMKM_OWNER to exactly one UMKM, every other role to neither.
 */
function checkAssignment(value: Assignment, ctx: z.RefinementCtx): void {
  const needsCompany = value.role === "COMPANY_STAFF";
  const needsUmkm = value.role === "UMKM_OWNER";
  if (needsCompany && !value.companyId)
    ctx.addIssue({ code: "custom", path: ["companyId"], message: "companyRequired" });
  if (!needsCompany && value.companyId)
    ctx.addIssue({ code: "custom", path: ["companyId"], message: "companyNotAllowed" });
  if (needsUmkm && !value.umkmId) ctx.addIssue({ code: "custom", path: ["umkmId"], message: "umkmRequired" });
  if (!needsUmkm && value.umkmId) ctx.addIssue({ code: "custom", path: ["umkmId"], message: "umkmNotAllowed" });
}

/** A new account; the admin sets the initial password, which the user must change at first sign-in. */
export const userCreateSchema = z
  .object({ email: emailSchema, name: nameSchema, ...assignment, password: passwordSchema })
  .superRefine(checkAssignment, whenValid("role", "companyId", "umkmId"))
  .superRefine(
    (value, ctx) => {
      const issue = passwordEmailIssue(value.password, value.email);
      if (issue) ctx.addIssue({ code: "custom", path: ["password"], message: issue });
    },
    whenValid("email", "password"),
  );
export type UserCreateInput = z.infer<typeof userCreateSchema>;

/** Name, role and firm/UMKM of an account; `version` is the value the edit form was loaded with. */
export const userUpdateSchema = z
  .object({ name: nameSchema, ...assignment, version: versionField("versionInvalid") })
  .superRefine(checkAssignment, whenValid("role", "companyId", "umkmId"));
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

/** A signed-in user's own password change. */
export const passwordChangeSchema = z
  .object({
    currentPassword: text({ error: "currentPasswordRequired" })
      .min(1, { error: "currentPasswordRequired" })
      .max(256, { error: "currentPasswordRequired" }),
    newPassword: passwordSchema,
    confirmPassword: text({ error: "confirmMismatch" }),
  })
  .superRefine(
    (value, ctx) => {
      if (value.confirmPassword !== value.newPassword)
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "confirmMismatch" });
    },
    whenValid("newPassword", "confirmPassword"),
  )
  .superRefine(
    (value, ctx) => {
      if (value.currentPassword === value.newPassword)
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
    },
    whenValid("currentPassword", "newPassword"),
  );
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

/** An admin's password reset: a typed temporary password, or none (the server generates one). */
export const passwordResetSchema = z.object({ password: z.preprocess(emptyToUndefined, passwordSchema.optional()) });
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;

/** Filters of the user list (/users?role=…&q=…); unknown values are ignored rather than refused. */
export const userListFilterSchema = z.object({
  role: z.enum(Role).optional().catch(undefined),
  q: text()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
});
export type UserListFilter = Partial<z.infer<typeof userListFilterSchema>>;
