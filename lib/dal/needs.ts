import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";

export type NeedListItem = {
  id: string;
  title: string;
  firmName: string;
  status: string;
  deliveryRegency: string;
  responseDeadline: Date;
  slots: number;
  /** Rupiah as a decimal string; null when the viewer may not see contract values. */
  estimatedValueRp: string | null;
};

/**
 * Which needs `user` may see, as a where clause: a firm's staff only their firm's, Diskop staff
 * only published ones, officers and admins all; UMKM owners none (they see introductions).
 */
export function needVisibilityWhere(user: SessionUser): Prisma.SupplyNeedWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "PMPTSP_OFFICER":
      return {};
    case "DISKOP_STAFF":
      return { status: { in: ["OPEN", "MATCHING", "FILLED"] } };
    case "COMPANY_STAFF":
      if (!user.companyId) throw new AppError("FORBIDDEN");
      return { companyId: user.companyId };
    case "UMKM_OWNER":
      throw new AppError("FORBIDDEN");
  }
}

/** The newest needs visible to `user` (at most `limit`), as display DTOs. */
export async function listNeeds(user: SessionUser, limit = 50): Promise<NeedListItem[]> {
  const canSeeValues = user.role !== "DISKOP_STAFF";
  const rows = await db.supplyNeed.findMany({
    where: needVisibilityWhere(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      status: true,
      responseDeadline: true,
      slots: true,
      estimatedValueRp: true,
      company: { select: { name: true } },
      deliveryRegency: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    firmName: row.company.name,
    status: row.status,
    deliveryRegency: row.deliveryRegency.name,
    responseDeadline: row.responseDeadline,
    slots: row.slots,
    estimatedValueRp: canSeeValues && row.estimatedValueRp !== null ? row.estimatedValueRp.toString() : null,
  }));
}
