import { cancelUmkmImport } from "@/lib/dal/umkm/umkm-import";
import { importDecisionRoute } from "@/lib/umkm/import-decision-route";

// "Import nothing": the staged rows of a validated import are dropped.
export const dynamic = "force-dynamic";

export const POST = importDecisionRoute(cancelUmkmImport);
