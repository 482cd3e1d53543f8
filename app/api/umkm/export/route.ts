import { requireUser } from "@/lib/auth";
import { exportUmkmCsv } from "@/lib/dal/umkm";
import { AppError } from "@/lib/errors";
import { UTF8_BOM } from "@/lib/export/csv";
import { problemFromAppError } from "@/lib/http/problem";
import { toIsoDate } from "@/lib/dates";

// Streams the registry rows of the filter in the query string as CSV: the data layer reads
// keyset pages of 5,000 rows and each page is sent as it comes (pull-based, so a slow client
// slows the reads instead of filling memory).
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const user = await requireUser();
  let lines: AsyncGenerator<string>;
  try {
    lines = exportUmkmCsv(user, Object.fromEntries(new URL(request.url).searchParams));
  } catch (error) {
    if (error instanceof AppError) return problemFromAppError(error);
    throw error;
  }
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
}
