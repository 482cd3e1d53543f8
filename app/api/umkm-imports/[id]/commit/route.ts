import { revalidatePath } from "next/cache";
import { commitUmkmImport } from "@/lib/dal/umkm/umkm-import";
import { importDecisionRoute } from "@/lib/umkm/import-decision-route";

// "Import the valid rows" of a validated import: one transaction in the data layer.
export const dynamic = "force-dynamic";

export const POST = importDecisionRoute(async (user, id) => {
  try {
    return await commitUmkmImport(user, id);
  } finally {
    revalidatePath("/umkm");
  }
});
