import { z } from "zod";
import { text } from "@/lib/validation/text";

/**
 * Email + password as typed at sign-in: the sign-in server action and next-auth's credentials
 * provider parse with it. Messages are keys of the `signIn` catalogue namespace.
 */
export const credentialsSchema = z.object({
  email: text("emailRequired").trim().pipe(z.email("emailRequired")),
  password: text("passwordRequired").min(1, "passwordRequired").max(256, "invalid"),
});

export type Credentials = z.infer<typeof credentialsSchema>;
