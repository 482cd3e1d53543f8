import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/users";
import type { SessionUser } from "@/lib/session-user";
import { isUuid } from "@/lib/validation/ids";

/** Who made a change and from where, for the audit event. */
export type AuditContext = { ip?: string | null };

/**
 * An error of the user-administration data layer for one field: `details.fieldErrors` holds a
 * message key of the `userValidation` namespace ("form" for the whole form), which the server
 * actions hand back to the form unchanged.
 */
export function fieldError(code: "INVALID_INPUT" | "CONFLICT", field: string, key: string): AppError {
  return new AppError(code, key, { fieldErrors: { [field]: [key] } satisfies FieldErrors });
}

/** User administration is ADMIN-only; everyone else is refused before anything is read. */
export function assertAdmin(actor: SessionUser): void {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "user administration requires ADMIN");
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
  if (!result.success) throw new AppError("INVALID_INPUT", "invalid input", { fieldErrors: fieldErrorsOf(result.error) });
  return result.data;
}
