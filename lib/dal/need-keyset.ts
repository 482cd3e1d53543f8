import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { NeedSort } from "@/lib/validation/needs";

/**
 * Keyset pagination for the needs list: each sort orders by one key plus the id as a tie
 * breaker, and the cursor carries the last row's key and id (base64url JSON), so every page
 * costs one indexed range scan however deep the reader goes.
 */
type Cursor = { s: NeedSort; k: string | null; id: string };
type Row = { id: string; responseDeadline: Date; createdAt: Date; estimatedValueRp: bigint | null };

export function orderByFor(sort: NeedSort): Prisma.SupplyNeedOrderByWithRelationInput[] {
  switch (sort) {
    case "deadline":
      return [{ responseDeadline: "asc" }, { id: "asc" }];
    case "newest":
      return [{ createdAt: "desc" }, { id: "desc" }];
    case "value":
      return [{ estimatedValueRp: { sort: "desc", nulls: "last" } }, { id: "desc" }];
  }
}

export function encodeCursor(sort: NeedSort, row: Row): string {
  const key = sort === "deadline" ? row.responseDeadline.toISOString() : sort === "newest" ? row.createdAt.toISOString() : (row.estimatedValueRp?.toString() ?? null);
  return Buffer.from(JSON.stringify({ s: sort, k: key, id: row.id } satisfies Cursor)).toString("base64url");
}

/** Parses a cursor made for `sort`; anything else is invalid input, not a silent first page. */
export function decodeCursor(raw: string, sort: NeedSort): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    const isValid = cursor.s === sort && /^[0-9a-f-]{36}$/i.test(cursor.id)
      && (cursor.k === null ? sort === "value" : typeof cursor.k === "string" && (sort === "value" ? /^\d+$/.test(cursor.k) : !Number.isNaN(Date.parse(cursor.k))));
    if (isValid) return cursor;
  } catch {
    // fall through
  }
  throw new AppError("INVALID_INPUT", "cursorInvalid", { errors: [{ path: "cursor", message: "cursorInvalid" }] });
}

/** Rows strictly after the cursor in the order of `sort`. */
export function keysetWhere(sort: NeedSort, cursor: Cursor): Prisma.SupplyNeedWhereInput {
  switch (sort) {
    case "deadline": {
      const key = new Date(cursor.k!);
      return { OR: [{ responseDeadline: { gt: key } }, { responseDeadline: key, id: { gt: cursor.id } }] };
    }
    case "newest": {
      // created_at has microseconds but a JS Date only milliseconds: rows inside the cursor's
      // millisecond (e.g. all rows of one seed transaction share now()) are ordered by id.
      const key = new Date(cursor.k!);
      const next = new Date(key.getTime() + 1);
      return { OR: [{ createdAt: { lt: key } }, { createdAt: { gte: key, lt: next }, id: { lt: cursor.id } }] };
    }
    case "value": {
      if (cursor.k === null) return { estimatedValueRp: null, id: { lt: cursor.id } };
      const key = BigInt(cursor.k);
      return { OR: [{ estimatedValueRp: { lt: key } }, { estimatedValueRp: key, id: { lt: cursor.id } }, { estimatedValueRp: null }] };
    }
  }
}
