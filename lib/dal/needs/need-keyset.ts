import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorCodec, cursorField, invalidCursorError } from "@/lib/pagination/cursor";
import { NEED_SORTS, type NeedSort } from "@/lib/validation/needs";

/**
 * Keyset pagination for the needs list: each sort orders by one key plus the id as a tie
 * breaker, and the cursor carries the sort, the last row's key and id (the shared codec of
 * lib/pagination/cursor.ts), so every page costs one indexed range scan however deep the
 * reader goes.
 */
const needCursor = cursorCodec(
  z
    .object({
      s: z.enum(NEED_SORTS),
      k: z.union([cursorField.instant, cursorField.digits]).nullable(),
      id: cursorField.id,
    })
    .refine((c) =>
      c.s === "value"
        ? c.k === null || cursorField.digits.safeParse(c.k).success
        : cursorField.instant.safeParse(c.k).success,
    ),
);
type Cursor = NonNullable<ReturnType<typeof needCursor.decode>>;
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
  const key =
    sort === "deadline"
      ? row.responseDeadline.toISOString()
      : sort === "newest"
        ? row.createdAt.toISOString()
        : (row.estimatedValueRp?.toString() ?? null);
  return needCursor.encode({ s: sort, k: key, id: row.id });
}

/** Parses a cursor made for `sort`; anything else is invalid input (`cursorInvalid`), not a silent first page. */
export function decodeCursor(raw: string, sort: NeedSort): Cursor {
  const cursor = needCursor.parse(raw);
  if (!cursor || cursor.s !== sort) throw invalidCursorError();
  return cursor;
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
      return {
        OR: [
          { estimatedValueRp: { lt: key } },
          { estimatedValueRp: key, id: { lt: cursor.id } },
          { estimatedValueRp: null },
        ],
      };
    }
  }
}
