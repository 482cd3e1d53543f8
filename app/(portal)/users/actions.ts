"use server";

import { requireRole } from "@/lib/auth";
import { searchUmkmOptions, type UmkmOption } from "@/lib/dal/users/users";

/** The UMKM picker's search (at most 20 matches) for the user forms. ADMIN only. */
export async function searchUmkmAction(term: string): Promise<UmkmOption[]> {
  const actor = await requireRole("ADMIN");
  return searchUmkmOptions(actor, String(term).slice(0, 100));
}
