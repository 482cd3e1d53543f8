import type { MatchStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<MatchStatus, string> = {
  SUGGESTED: "bg-slate-100 text-slate-800",
  SHORTLISTED: "bg-blue-100 text-blue-900",
  APPROVED: "bg-green-100 text-green-900",
  ACCEPTED: "bg-emerald-100 text-emerald-900",
  DECLINED: "bg-amber-100 text-amber-900",
  AGREEMENT_SIGNED: "bg-emerald-700 text-white",
  ENDED: "bg-slate-200 text-slate-800",
  REJECTED: "bg-red-100 text-red-900",
};

/** A match's status as a coloured label (the text carries the meaning; colour only helps). */
export function MatchStatusBadge({ status, label }: { status: MatchStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}
      data-testid="match-status"
      data-status={status}
    >
      {label}
    </span>
  );
}
