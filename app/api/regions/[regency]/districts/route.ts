import { ALL_ROLES } from "@/lib/access/roles";
import { districtPairs } from "@/components/umkm/region-options";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { AppError } from "@/lib/errors";
import { sessionRoute } from "@/lib/http/session-route";

// One kabupaten/kota's kecamatan as [code, name] pairs, for the kecamatan selects of the registry
// filter and the UMKM forms (they load them when the kabupaten/kota changes instead of shipping the
// province's ≈450 kecamatan in every page). Reference data: any signed-in user, cached an hour.
export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ regency: string }>(ALL_ROLES, async ({ params }) => {
  const reference = await getRegionReference();
  if (!reference.hasRegency(params.regency)) throw new AppError("NOT_FOUND");
  return Response.json(districtPairs(reference.districts, params.regency), {
    headers: { "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
});
