import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NeedForm } from "@/components/needs/need-form";
import { requirePageRoles } from "@/lib/auth";
import { getNeed, needInputOf } from "@/lib/dal/needs/need-detail";
import { saveNeedAction } from "../../actions";
import { needFormOptions } from "../../need-form-data";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("edit") };
}

export default async function EditNeedPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRoles("/needs/[id]/edit");
  const { id } = await params;
  const need = await loadOr404(() => getNeed(user, id));
  // Final needs (and viewers who may not edit) have no edit form: the link is not shown either.
  if (!need.canEdit) notFound();
  const [options, t] = await Promise.all([needFormOptions(user, false), getTranslations("needForm")]);
  const input = needInputOf(need);
  const initial = {
    ...Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? "" : String(v)]),
    ),
    kbliCodes: input.kbliCodes.join(", "),
  };
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("editTitle", { title: need.title })}</h1>
      <NeedForm
        action={saveNeedAction}
        initial={initial}
        needId={need.id}
        version={need.version}
        {...options}
        cancelHref={`/needs/${need.id}`}
      />
    </section>
  );
}
