import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_MANAGERS, hasRole } from "@/lib/access/roles";
import type { Actor } from "@/lib/actor";
import type { SessionUser } from "@/lib/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/dal/audit";
import { isUuid } from "@/lib/validation/ids";

export type ApiTokenItem = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const TOKEN_PREFIX = "kp_";
const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * The firm whose tokens `user` may manage: any firm for ADMIN, only their own for a firm's
 * staff; another firm (or a missing one) is NOT_FOUND so ids reveal nothing.
 */
async function managedFirm(user: SessionUser, companyId: string): Promise<string> {
  if (!hasRole(user, API_TOKEN_MANAGERS)) throw new AppError("FORBIDDEN");
  if (user.role === "COMPANY_STAFF" && user.companyId !== companyId) throw new AppError("NOT_FOUND");
  const firm = isUuid(companyId)
    ? await db.company.findUnique({ where: { id: companyId }, select: { id: true } })
    : null;
  if (!firm) throw new AppError("NOT_FOUND");
  return firm.id;
}

/** A firm's API tokens (never the token itself: only its prefix). */
export async function listApiTokens(user: SessionUser, companyId: string): Promise<ApiTokenItem[]> {
  const firmId = await managedFirm(user, companyId);
  const rows = await db.apiToken.findMany({
    where: { companyId: firmId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

/**
 * Issues a token for the firm: 32 random bytes, stored only as its SHA-256 hash plus a short
 * visible prefix. The returned token is shown to the user once and cannot be recovered.
 */
export async function issueApiToken(
  user: SessionUser,
  companyId: string,
  name: string,
): Promise<{ id: string; token: string; prefix: string }> {
  const firmId = await managedFirm(user, companyId);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = token.slice(0, TOKEN_PREFIX.length + 8);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { companyId: firmId, name, tokenHash: hashOf(token), prefix, createdById: user.id },
      select: { id: true },
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: "api_token.issue",
        entityType: "api_token",
        entityId: row.id,
        data: { companyId: firmId, prefix },
      },
      tx,
    );
    return { id: row.id, token, prefix };
  });
}

/** Revokes a token of the firm; revoking twice is harmless. */
export async function revokeApiToken(user: SessionUser, companyId: string, tokenId: string): Promise<void> {
  const firmId = await managedFirm(user, companyId);
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, companyId: firmId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (
      count === 0 &&
      !(await tx.apiToken.findFirst({ where: { id: tokenId, companyId: firmId }, select: { id: true } }))
    )
      throw new AppError("NOT_FOUND");
    if (count === 1)
      await recordAuditEvent(
        {
          actorId: user.id,
          action: "api_token.revoke",
          entityType: "api_token",
          entityId: tokenId,
          data: { companyId: firmId },
        },
        tx,
      );
  });
}

/**
 * The actor behind a bearer token, or null when the token is unknown or revoked, its firm is
 * inactive, or the user who issued it may no longer manage the firm's tokens: a token's
 * authority is its issuer's, so disabling that user (or moving them to another firm, or out of
 * the firm's staff) stops the token at once — it acts in their name in the audit trail. The
 * token acts as COMPANY_STAFF of its firm; lastUsedAt is updated.
 */
export async function authenticateApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: {
      id: true,
      companyId: true,
      revokedAt: true,
      company: { select: { isActive: true } },
      createdBy: { select: { id: true, isActive: true, role: true, companyId: true } },
    },
  });
  if (!row || row.revokedAt || !row.company.isActive || !issuerStillEntitled(row.createdBy, row.companyId)) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { id: row.createdBy!.id, role: "COMPANY_STAFF", companyId: row.companyId, apiTokenId: row.id };
}

/** The rule of `managedFirm`, for the token's issuer as they are now. */
function issuerStillEntitled(
  issuer: { isActive: boolean; role: string; companyId: string | null } | null,
  companyId: string,
): boolean {
  if (!issuer?.isActive) return false;
  return issuer.role === "ADMIN" || (issuer.role === "COMPANY_STAFF" && issuer.companyId === companyId);
}
