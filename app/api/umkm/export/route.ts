import { ALL_ROLES } from "@/lib/access/roles";
import { exportUmkmCsv } from "@/lib/dal/umkm/umkm";
import { UTF8_BOM } from "@/lib/export/csv";
import { sessionRoute } from "@/lib/http/session-route";
import { toIsoDate } from "@/lib/dates";

// Streams the registry rows of the filter in the query string as CSV: the data layer reads
// keyset pages of 5,000 rows and each page is sent as it comes (pull-based, so a slow client
// slows the reads instead of filling memory).
export const dynamic = "force-dynamic";

export const GET = sessionRoute(ALL_ROLES, async ({ request, user }) => {
  // The data layer checks access and the filter before the first line (a refusal is a problem answer).
  const lines = exportUmkmCsv(user, Object.fromEntries(new URL(request.url).searchParams));
  const encoder = new TextEncoder();
  let prefix = UTF8_BOM;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await lines.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(prefix + value));
      prefix = "";
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const filename = `registri-umkm-${toIsoDate(new Date())}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
