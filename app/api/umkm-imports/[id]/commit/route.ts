import { revalidatePath } from "next/cache";
import { commitUmkmImport } from "@/lib/dal/umkm-import";
import { decideImport } from "@/lib/umkm/import-decision-route";

// "Import the valid rows" of a validated import: one transaction in the data layer.
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const response = await decideImport(request, (await params).id, commitUmkmImport);
  revalidatePath("/umkm");
  return response;
}
