import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FirmForm } from "@/components/firms/firm-form";
import { requirePageRoles } from "@/lib/auth";
import { getFirm } from "@/lib/dal/needs/firms";
import { listRegencyOptions } from "@/lib/dal/reference-options";
import { saveFirmAction } from "../actions";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("firms"))("title") };
}

export default async function FirmPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRoles("/firms/[id]");
  const { id } = await params;
  const firm = await loadOr404(() => getFirm(user, id));
  const [regencies, t] = await Promise.all([listRegencyOptions(), getTranslations("firms")]);
  const { version, regency: _regency, needCount: _count, isActive: _active, id: _id, ...fields } = firm;
  const initial = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? ""]));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("editTitle", { name: firm.name })}</h1>
      <p className="flex flex-wrap gap-4">
        <Link href={`/needs?firm=${firm.id}`} className="text-brand-700 underline">
          {t("viewNeeds")} ({firm.needCount})
        </Link>
        <Link href={`/needs/new?firm=${firm.id}`} className="text-brand-700 underline">
          {t("newNeedForFirm")}
        </Link>
        {user.role === "ADMIN" && (
          <Link href={`/api-tokens?firm=${firm.id}`} className="text-brand-700 underline">
            {t("manageTokens")}
          </Link>
        )}
      </p>
      <FirmForm action={saveFirmAction} initial={initial} firmId={firm.id} version={version} regencies={regencies} />
    </section>
  );
}
