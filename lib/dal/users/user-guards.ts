import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, issuesError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";
import { isUuid } from "@/lib/validation/ids";

/** Who made a change and from where, for the audit event. */
export type AuditContext = { ip?: string | null };

/** User administration is ADMIN-only; everyone else is refused before anything is read. */
export function assertAdmin(actor: SessionUser): void {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "adminOnly");
}

/** True for PostgreSQL's unique violation as Prisma reports it (two admins racing for one email). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A malformed id is simply not found (the database would reject it with a 500 otherwise). */
export function assertUuid(id: string): void {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
}

/** Parses with the shared schema again: the dal never trusts that its caller validated. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw issuesError(
      "INVALID_INPUT",
      result.error.issues.map((i) => ({ path: String(i.path[0] ?? ""), message: i.message })),
      "invalid",
    );
  return result.data;
}
