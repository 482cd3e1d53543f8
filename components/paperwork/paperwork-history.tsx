import { getLocale, getTranslations } from "next-intl/server";
import type { PaperworkHistoryEntry } from "@/lib/dal/paperwork/paperwork";
import { formatDateTime } from "@/lib/format/dates";

const FIELDS = ["number", "issuer", "issuedOn", "expiresOn", "assistingOfficer", "notes", "scan"] as const;

/** Who changed which document when: status change, changed fields (before → after) and the note. */
export async function PaperworkHistoryList({
  entries,
  names,
}: {
  entries: PaperworkHistoryEntry[];
  names: Record<string, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("paperwork"), getLocale()]);
  if (entries.length === 0) return <p className="text-slate-600">{t("historyEmpty")}</p>;
  const shown = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : String(value));
  return (
    <ol className="space-y-2" data-testid="paperwork-history">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
          <p>
            <span className="font-medium">{names[entry.documentCode] ?? entry.documentCode}</span>
            {": "}
            {entry.fromStatus && entry.fromStatus !== entry.toStatus
              ? t("historyTransition", { from: t(`status.${entry.fromStatus}`), to: t(`status.${entry.toStatus}`) })
              : t(`status.${entry.toStatus}`)}
            {" · "}
            {entry.actorName ?? t("system")}
            {" · "}
            {formatDateTime(entry.createdAt, locale)}
          </p>
          {FIELDS.some((field) => entry.changes[field]) && (
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {FIELDS.filter((field) => entry.changes[field]).map((field) => (
                <li key={field}>
                  {t("historyChange", {
                    field: t(`historyField.${field}`),
                    before: shown(entry.changes[field]?.[0]),
                    after: shown(entry.changes[field]?.[1]),
                  })}
                </li>
              ))}
            </ul>
          )}
          {entry.note && <p className="mt-1 text-slate-700">{entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
