import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DocumentTypeForm } from "@/components/document-types/document-type-form";
import { requirePageRoles } from "@/lib/auth";
import { saveDocumentTypeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documentTypes"))("new") };
}

export default async function NewDocumentTypePage() {
  await requirePageRoles("/settings/document-types/new");
  const t = await getTranslations("documentTypes");
  return (
    <section className="space-y-4">
      <Link href="/settings/document-types" className="text-brand-700 underline">
        {t("title")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <DocumentTypeForm action={saveDocumentTypeAction} initial={null} />
    </section>
  );
}
