import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { AUDIT_STATUS_CATALOGUE, auditReasonView } from "@/lib/audit/reasons";
import type { AuditEventRow } from "@/lib/dal/audit";
import { formatDateTime } from "@/lib/format/dates";

/**
 * The audit events as a table: time in WIB, actor, translated action, target, reason, IP.
 * Codes the system stores (actions, object types, "requires ADMIN,…" reasons) are shown in
 * words (lib/audit/reasons.ts); an action's code appears only when it has no translation.
 */
export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  const t = useTranslations("audit");
  const tRoles = useTranslations("roles");
  const tAll = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const actionLabel = (code: string) => (t.has(`actions.${code}`) ? t(`actions.${code}`) : code);
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  const statusLabel = (type: string | null, code: string | null) => {
    const catalogue = type ? AUDIT_STATUS_CATALOGUE[type] : undefined;
    if (!code) return "—";
    return catalogue && tAll.has(`${catalogue}.${code}`) ? tAll(`${catalogue}.${code}`) : code;
  };
  const reasonText = (action: string, reason: string) => {
    const view = auditReasonView(action, reason);
    if (view.kind === "roles")
      return t("reasons.requires", { roles: format.list(view.roles.map((role) => tRoles(role))) });
    return view.kind === "key" ? t(`reasons.${view.key}`) : view.text;
  };
  return (
    <DataTable
      caption={t("title")}
      testId="audit-table"
      headers={[t("colTime"), t("colActor"), t("colAction"), t("colTarget"), t("colReason"), t("colIp")]}
      empty={t("empty")}
      rows={rows.map((row) => ({
        key: row.id,
        cells: [
          <time key="time" dateTime={row.createdAt.toISOString()} className="whitespace-nowrap">
            {formatDateTime(row.createdAt, locale, { seconds: true })}
          </time>,
          <div key="actor">
            <div>{row.actorName ?? t("unknownActor")}</div>
            {row.actorEmail && <div className="text-xs text-slate-600">{row.actorEmail}</div>}
            {!row.actorEmail && row.attemptedEmail && (
              <div className="text-xs text-slate-600">{t("attempted", { email: row.attemptedEmail })}</div>
            )}
          </div>,
          <div key="action">{actionLabel(row.action)}</div>,
          <div key="target" className="break-all">
            {row.entityType ? `${entityLabel(row.entityType)}${row.entityId ? ` ${row.entityId}` : ""}` : "—"}
            {row.fromStatus || row.toStatus ? (
              <div className="text-xs text-slate-600">{`${statusLabel(row.entityType, row.fromStatus)} → ${statusLabel(row.entityType, row.toStatus)}`}</div>
            ) : null}
          </div>,
          row.reason ? reasonText(row.action, row.reason) : "—",
          row.ip ?? "—",
        ],
      }))}
    />
  );
}
