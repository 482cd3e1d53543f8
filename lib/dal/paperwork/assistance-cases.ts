import "server-only";
import { CASE_ASSIGNEES, hasRole, PAPERWORK_EDITORS } from "@/lib/access/roles";
import { db, type DbClient } from "@/lib/db";
import { listEntityHistory, recordAuditEvent, type AuditInput } from "@/lib/dal/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { needVisibilityWhere } from "@/lib/dal/needs/needs";
import { isCaseActive, isCaseOverdue, mayTransitionCase } from "@/lib/domain/case-lifecycle";
import { AppError, fieldError, issuesError } from "@/lib/errors";
import { notifyUsers } from "@/lib/dal/notifications";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import {
  caseCloseSchema,
  caseOpenSchema,
  caseReassignSchema,
  caseStepSchema,
  type CaseCloseInput,
  type CaseOpenInput,
  type CaseQueueFilter,
  type CaseReassignInput,
  type CaseStepInput,
} from "@/lib/validation/paperwork";
import { isUuid } from "@/lib/validation/ids";
import { fromIsoDate, todayIso, toIsoDate } from "@/lib/dates";

export type CaseListItem = {
  id: string;
  status: CaseStatus;
  umkmId: string;
  businessName: string;
  regencyName: string;
  documentCode: string;
  documentNameId: string;
  documentNameEn: string;
  needId: string | null;
  needTitle: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  dueDate: string | null;
  isOverdue: boolean;
  createdAt: Date;
};

export type CaseDetail = CaseListItem & {
  documentTypeId: string;
  openedByName: string | null;
  outcome: string | null;
  closedAt: Date | null;
  version: number;
  updatedAt: Date;
  steps: { id: string; note: string; authorName: string | null; createdAt: Date }[];
  history: {
    id: string;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
    actorName: string | null;
    createdAt: Date;
  }[];
};

function requireCaseRole(user: SessionUser): void {
  if (!hasRole(user, PAPERWORK_EDITORS)) throw new AppError("FORBIDDEN");
}

const LIST_SELECT = {
  id: true,
  status: true,
  umkmId: true,
  needId: true,
  assigneeId: true,
  dueDate: true,
  createdAt: true,
  umkm: { select: { businessName: true, regency: { select: { name: true } } } },
  documentType: { select: { code: true, nameId: true, nameEn: true } },
  need: { select: { title: true } },
  assignee: { select: { name: true } },
} as const;

type ListRow = {
  id: string;
  status: CaseStatus;
  umkmId: string;
  needId: string | null;
  assigneeId: string | null;
  dueDate: Date | null;
  createdAt: Date;
  umkm: { businessName: string; regency: { name: string } };
  documentType: { code: string; nameId: string; nameEn: string };
  need: { title: string } | null;
  assignee: { name: string } | null;
};

function toListItem(row: ListRow, today: string): CaseListItem {
  const dueDate = row.dueDate ? toIsoDate(row.dueDate) : null;
  return {
    id: row.id,
    status: row.status,
    umkmId: row.umkmId,
    businessName: row.umkm.businessName,
    regencyName: row.umkm.regency.name,
    documentCode: row.documentType.code,
    documentNameId: row.documentType.nameId,
    documentNameEn: row.documentType.nameEn,
    needId: row.needId,
    needTitle: row.need?.title ?? null,
    assigneeId: row.assigneeId,
    assigneeName: row.assignee?.name ?? null,
    dueDate,
    isOverdue: isCaseOverdue(row.status, dueDate, today),
    createdAt: row.createdAt,
  };
}

/** The default queue scope: officers and Diskop staff see their own cases first, ADMIN all. */
export const defaultQueueScope = (role: Role): "mine" | "all" => (role === "ADMIN" ? "all" : "mine");

/**
 * The queue of active cases (OPEN and IN_PROGRESS, or one of them), oldest first (the
 * `(assignee_id, status, created_at)` and `(status, due_date)` indexes serve it), assigned to
 * `user` unless the scope is "all". At most 200 rows.
 */
export async function listCaseQueue(user: SessionUser, filter: CaseQueueFilter = {}): Promise<CaseListItem[]> {
  requireCaseRole(user);
  const scope = filter.scope ?? defaultQueueScope(user.role);
  const rows = await db.assistanceCase.findMany({
    where: {
      status: filter.status ? filter.status : { in: ["OPEN", "IN_PROGRESS"] },
      ...(scope === "mine" ? { assigneeId: user.id } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: LIST_SELECT,
  });
  const today = todayIso();
  return rows.map((row) => toListItem(row, today));
}

/** Every case of one UMKM (active first, then newest), for its page. */
export async function listUmkmCases(user: SessionUser, umkmId: string): Promise<CaseListItem[]> {
  requireCaseRole(user);
  if (!isUuid(umkmId)) throw new AppError("NOT_FOUND");
  const rows = await db.assistanceCase.findMany({
    where: { umkmId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select: LIST_SELECT,
  });
  const today = todayIso();
  return rows
    .map((row) => toListItem(row, today))
    .sort((a, b) => Number(isCaseActive(b.status)) - Number(isCaseActive(a.status)));
}

/** One case with its steps and its audit history; NOT_FOUND for an unknown id. */
export async function getCase(user: SessionUser, id: string): Promise<CaseDetail> {
  requireCaseRole(user);
  const row = isUuid(id)
    ? await db.assistanceCase.findUnique({
        where: { id },
        select: {
          ...LIST_SELECT,
          documentTypeId: true,
          outcome: true,
          closedAt: true,
          version: true,
          updatedAt: true,
          openedBy: { select: { name: true } },
          steps: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, note: true, createdAt: true, author: { select: { name: true } } },
          },
        },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND");
  const history = await listEntityHistory("assistance_case", id);
  return {
    ...toListItem(row, todayIso()),
    documentTypeId: row.documentTypeId,
    openedByName: row.openedBy?.name ?? null,
    outcome: row.outcome,
    closedAt: row.closedAt,
    version: row.version,
    updatedAt: row.updatedAt,
    steps: row.steps.map(({ author, ...step }) => ({ ...step, authorName: author?.name ?? null })),
    history,
  };
}

/** Active PMPTSP officers and Diskop staff, the people a case can be assigned to. */
export async function listCaseAssignees(user: SessionUser): Promise<{ id: string; name: string; role: Role }[]> {
  requireCaseRole(user);
  return db.user.findMany({
    where: { isActive: true, role: { in: [...CASE_ASSIGNEES] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

function parse<T>(
  schema: {
    safeParse: (
      raw: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  raw: unknown,
): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw issuesError(
      "INVALID_INPUT",
      parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "form"), message: i.message })),
      "invalid",
    );
  return parsed.data;
}

async function assertAssignee(client: DbClient, assigneeId: string | null): Promise<void> {
  if (!assigneeId) return;
  const assignee = await client.user.findFirst({
    where: { id: assigneeId, isActive: true, role: { in: [...CASE_ASSIGNEES] } },
    select: { id: true },
  });
  if (!assignee) throw fieldError("INVALID_INPUT", "assigneeId", "assigneeInvalid");
}

/**
 * Opens a case "help UMKM X obtain document Y (for need Z)" (offices). The assignee must be an
 * active PMPTSP officer or Diskop staff; the need one the opener may see. One active case per
 * UMKM and document: a second is a CONFLICT on the document field. An optional first note
 * becomes the first step. Audited (`case.open`) in the same transaction.
 */
export async function openCase(user: SessionUser, raw: CaseOpenInput | unknown): Promise<{ id: string }> {
  requireCaseRole(user);
  const input = parse(caseOpenSchema, raw);
  const umkm = await db.umkm.findUnique({ where: { id: input.umkmId }, select: { id: true, businessName: true } });
  if (!umkm) throw new AppError("NOT_FOUND");
  const type = await db.documentType.findUnique({
    where: { id: input.documentTypeId },
    select: { id: true, code: true, nameId: true, nameEn: true },
  });
  if (!type) throw fieldError("INVALID_INPUT", "documentTypeId", "documentRequired");
  if (input.needId) {
    const need = await db.supplyNeed.findFirst({
      where: { AND: [{ id: input.needId }, needVisibilityWhere(user)] },
      select: { id: true },
    });
    if (!need) throw fieldError("INVALID_INPUT", "needId", "needInvalid");
  }
  await assertAssignee(db, input.assigneeId);
  return db.$transaction(async (tx) => {
    const active = await tx.assistanceCase.findFirst({
      where: { umkmId: input.umkmId, documentTypeId: input.documentTypeId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      select: { id: true },
    });
    if (active) throw fieldError("CONFLICT", "documentTypeId", "caseAlreadyOpen");
    const created = await tx.assistanceCase.create({
      data: {
        umkmId: input.umkmId,
        documentTypeId: input.documentTypeId,
        needId: input.needId,
        openedById: user.id,
        assigneeId: input.assigneeId,
        dueDate: input.dueDate ? fromIsoDate(input.dueDate) : null,
        ...(input.note ? { steps: { create: { authorId: user.id, note: input.note } } } : {}),
      },
      select: { id: true },
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: "case.open",
        entityType: "assistance_case",
        entityId: created.id,
        toStatus: "OPEN",
        reason: input.note ?? undefined,
        data: {
          umkmId: input.umkmId,
          documentCode: type.code,
          needId: input.needId,
          assigneeId: input.assigneeId,
          dueDate: input.dueDate,
        },
      },
      tx,
    );
    await notifyAssignee(tx, user, created.id, input.assigneeId, {
      umkm: umkm.businessName,
      document: type.nameId,
      documentEn: type.nameEn,
    });
    return created;
  });
}

/** Tells a newly assigned officer about the case (not when they assigned it to themselves). */
async function notifyAssignee(
  tx: DbClient,
  user: SessionUser,
  caseId: string,
  assigneeId: string | null,
  params: { umkm: string; document: string; documentEn: string },
) {
  if (!assigneeId || assigneeId === user.id) return;
  await notifyUsers(tx, { userIds: [assigneeId], kind: "caseAssigned", params, link: `/cases/${caseId}` });
}

/**
 * Applies `data` to an active case at `expectedVersion` (CONFLICT "stale" otherwise, or
 * "caseClosed" when it is no longer active) and audits it, in one transaction.
 */
async function changeCase(
  user: SessionUser,
  ref: { caseId: string; expectedVersion: number },
  build: (current: { status: CaseStatus; assigneeId: string | null; dueDate: Date | null }) => {
    data: Prisma.AssistanceCaseUpdateManyMutationInput;
    audit: Omit<AuditInput, "entityType" | "entityId" | "actorId">;
    step?: string;
    after?: (tx: DbClient) => Promise<unknown>;
  },
): Promise<{ version: number }> {
  requireCaseRole(user);
  return db.$transaction(async (tx) => {
    const current = await tx.assistanceCase.findUnique({
      where: { id: ref.caseId },
      select: { status: true, version: true, assigneeId: true, dueDate: true },
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== ref.expectedVersion) throw new AppError("CONFLICT", "stale");
    if (!isCaseActive(current.status)) throw new AppError("CONFLICT", "caseClosed");
    const { data, audit, step, after } = build(current);
    const { count } = await tx.assistanceCase.updateMany({
      where: { id: ref.caseId, version: ref.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "stale");
    if (step) await tx.assistanceStep.create({ data: { caseId: ref.caseId, authorId: user.id, note: step } });
    await recordAuditEvent({ actorId: user.id, entityType: "assistance_case", entityId: ref.caseId, ...audit }, tx);
    await after?.(tx);
    return { version: ref.expectedVersion + 1 };
  });
}

/** Records a step on an active case; the first step moves an OPEN case to IN_PROGRESS. */
export async function addCaseStep(user: SessionUser, raw: CaseStepInput | unknown): Promise<{ version: number }> {
  requireCaseRole(user);
  const input = parse(caseStepSchema, raw);
  if (!isUuid(input.caseId)) throw new AppError("NOT_FOUND");
  return changeCase(user, input, (current) => {
    const to = current.status === "OPEN" ? "IN_PROGRESS" : current.status;
    return {
      data: { status: to },
      audit: { action: "case.step", fromStatus: current.status, toStatus: to, reason: input.note },
      step: input.note,
    };
  });
}

/** Assigns an active case to someone else (or nobody) and/or moves its due date. */
export async function reassignCase(user: SessionUser, raw: CaseReassignInput | unknown): Promise<{ version: number }> {
  requireCaseRole(user);
  const input = parse(caseReassignSchema, raw);
  if (!isUuid(input.caseId)) throw new AppError("NOT_FOUND");
  await assertAssignee(db, input.assigneeId);
  return changeCase(user, input, (current) => ({
    after: async (tx) => {
      if (input.assigneeId === current.assigneeId) return;
      const row = await tx.assistanceCase.findUniqueOrThrow({
        where: { id: input.caseId },
        select: { umkm: { select: { businessName: true } }, documentType: { select: { nameId: true, nameEn: true } } },
      });
      await notifyAssignee(tx, user, input.caseId, input.assigneeId, {
        umkm: row.umkm.businessName,
        document: row.documentType.nameId,
        documentEn: row.documentType.nameEn,
      });
    },
    data: { assigneeId: input.assigneeId, dueDate: input.dueDate ? fromIsoDate(input.dueDate) : null },
    audit: {
      action: "case.reassign",
      data: {
        assigneeId: [current.assigneeId, input.assigneeId],
        dueDate: [current.dueDate ? toIsoDate(current.dueDate) : null, input.dueDate],
      },
    },
  }));
}

/** Resolves (with the outcome) or cancels (with the reason) an active case. */
export async function closeCase(user: SessionUser, raw: CaseCloseInput | unknown): Promise<{ version: number }> {
  requireCaseRole(user);
  const input = parse(caseCloseSchema, raw);
  if (!isUuid(input.caseId)) throw new AppError("NOT_FOUND");
  return changeCase(user, input, (current) => {
    if (!mayTransitionCase(current.status, input.to)) throw new AppError("CONFLICT", "caseClosed");
    return {
      data: { status: input.to, outcome: input.outcome, closedAt: new Date() },
      audit: {
        action: input.to === "RESOLVED" ? "case.resolve" : "case.cancel",
        fromStatus: current.status,
        toStatus: input.to,
        reason: input.outcome,
      },
    };
  });
}
