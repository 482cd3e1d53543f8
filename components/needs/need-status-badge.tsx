import type { NeedStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<NeedStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  OPEN: "bg-green-100 text-green-900",
  MATCHING: "bg-blue-100 text-blue-900",
  FILLED: "bg-emerald-100 text-emerald-900",
  CLOSED: "bg-slate-200 text-slate-800",
  CANCELLED: "bg-red-100 text-red-900",
};

/** Status label, plus "past deadline" for an OPEN need whose deadline has passed (derived). */
export function NeedStatusBadge({
  status,
  label,
  pastDeadlineLabel,
}: {
  status: NeedStatus;
  label: string;
  pastDeadlineLabel: string | null;
}) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>{label}</span>
      {pastDeadlineLabel && (
        <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
          {pastDeadlineLabel}
        </span>
      )}
    </span>
  );
}
