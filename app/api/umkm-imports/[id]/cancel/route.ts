import { cancelUmkmImport } from "@/lib/dal/umkm-import";
import { decideImport } from "@/lib/umkm/import-decision-route";

// "Import nothing": the staged rows of a validated import are dropped.
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return decideImport(request, (await params).id, cancelUmkmImport);
}
