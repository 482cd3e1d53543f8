import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: string;
  isActive: boolean;
  scope: string | null;
  lastSignInAt: Date | null;
};

/** All user accounts with the firm or UMKM they belong to. ADMIN only. */
export async function listUsers(actor: SessionUser): Promise<UserListItem[]> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
  const rows = await db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      lastSignInAt: true,
      company: { select: { name: true } },
      umkm: { select: { businessName: true } },
    },
  });
  return rows.map(({ company, umkm, ...row }) => ({ ...row, scope: company?.name ?? umkm?.businessName ?? null }));
}
