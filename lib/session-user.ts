import type { Role } from "@/lib/generated/prisma/enums";

/** What the rest of the app knows about the signed-in user: a DTO, never the user row. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  umkmId: string | null;
  mustChangePassword: boolean;
};
