import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NominationTable } from "@/components/nominations/nomination-table";
import { requirePageRoles } from "@/lib/auth";
import { listNominations } from "@/lib/dal/umkm/nominations";
import type { NominationStatus } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations"))("title") };
}

const STATUSES: readonly NominationStatus[] = ["PROPOSED", "VERIFIED", "REJECTED", "WITHDRAWN"];

/** Nominations by status (the status is kept in the URL: /nominations?status=PROPOSED). */
export default async function NominationsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const user = await requirePageRoles("/nominations");
  const requested = (await searchParams).status;
  const status = STATUSES.find((s) => s === requested);
  const [items, t] = await Promise.all([listNominations(user, { status }), getTranslations("nominations")]);
  const tab = (href: string, label: string, isCurrent: boolean) => (
    <Link
      key={href}
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className={`rounded px-3 py-1 ${isCurrent ? "bg-brand-700 font-semibold text-white" : "border border-slate-300 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
        {tab("/nominations", t("all"), !status)}
        {STATUSES.map((s) => tab(`/nominations?status=${s}`, t(`status.${s}`), status === s))}
      </nav>
      <NominationTable items={items} linkToDetail />
    </section>
  );
}
