import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEventRow } from "@/lib/dal/audit";

/** The audit events as a table: time in WIB, actor, translated action, target, reason, IP. */
export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const actionLabel = (code: string) => (t.has(`actions.${code}`) ? t(`actions.${code}`) : code);
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
            {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
          </time>,
          <div key="actor">
            <div>{row.actorName ?? t("unknownActor")}</div>
            {row.actorEmail && <div className="text-xs text-slate-600">{row.actorEmail}</div>}
            {!row.actorEmail && row.attemptedEmail && (
              <div className="text-xs text-slate-600">{t("attempted", { email: row.attemptedEmail })}</div>
            )}
          </div>,
          <div key="action">
            <div>{actionLabel(row.action)}</div>
            <code className="text-xs text-slate-600">{row.action}</code>
          </div>,
          <div key="target" className="break-all">
            {row.entityType ? `${row.entityType}${row.entityId ? ` ${row.entityId}` : ""}` : "—"}
            {row.fromStatus || row.toStatus ? (
              <div className="text-xs text-slate-600">{`${row.fromStatus ?? "—"} → ${row.toStatus ?? "—"}`}</div>
            ) : null}
          </div>,
          row.reason ?? "—",
          row.ip ?? "—",
        ],
      }))}
    />
  );
}
