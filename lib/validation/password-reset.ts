import { z } from "zod";
import { passwordSchema } from "@/lib/validation/password";
import { text } from "@/lib/validation/text";

/**
 * The self-service password reset forms (app/sign-in/password-reset-actions.ts). Messages are keys
 * of the `passwordReset` catalogue namespace. Server only (passwordSchema holds the common list).
 */
export const resetRequestSchema = z.object({
  email: text("emailInvalid").trim().max(254, "emailInvalid").pipe(z.email("emailInvalid")),
});

export const resetCompleteSchema = z
  .object({
    token: text("resetLinkInvalid").max(100, "resetLinkInvalid"),
    newPassword: passwordSchema,
    confirmPassword: text({ error: "confirmMismatch" }),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "confirmMismatch" });
  });
