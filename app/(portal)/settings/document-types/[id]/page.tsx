import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DocumentTypeForm } from "@/components/document-types/document-type-form";
import { requirePageRoles } from "@/lib/auth";
import { getDocumentTypeForAdmin } from "@/lib/dal/document-types";
import { saveDocumentTypeAction } from "../actions";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documentTypes"))("edit") };
}

export default async function EditDocumentTypePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRoles("/settings/document-types/[id]");
  const { id } = await params;
  const [type, t] = await Promise.all([
    loadOr404(() => getDocumentTypeForAdmin(user, id)),
    getTranslations("documentTypes"),
  ]);
  const { id: _id, version, ...initial } = type;
  return (
    <section className="space-y-4">
      <Link href="/settings/document-types" className="text-brand-700 underline">
        {t("title")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("editHeading", { code: type.code })}</h1>
      <DocumentTypeForm
        key={version}
        action={saveDocumentTypeAction}
        initial={initial}
        id={type.id}
        version={version}
      />
    </section>
  );
}
