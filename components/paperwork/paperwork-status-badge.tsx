import { useTranslations } from "next-intl";
import type { PaperworkStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<PaperworkStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-blue-100 text-blue-900",
  SUBMITTED: "bg-indigo-100 text-indigo-900",
  ISSUED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  EXPIRED: "bg-amber-100 text-amber-900",
};

/** A paperwork item's status in words, with a colour that is never the only cue. */
export function PaperworkStatusBadge({ status }: { status: PaperworkStatus }) {
  const t = useTranslations("paperwork.status");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>{t(status)}</span>;
}
