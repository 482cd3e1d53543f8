import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/users/user-create-form";
import { requirePageRoles } from "@/lib/auth";
import { listCompanyOptions } from "@/lib/dal/users/users";
import { searchUmkmAction } from "../actions";
import { createUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("userAdmin"))("newTitle") };
}

export default async function NewUserPage() {
  const user = await requirePageRoles("/users/new");
  const [companies, t] = await Promise.all([listCompanyOptions(user), getTranslations("userAdmin")]);
  return (
    <section className="max-w-2xl space-y-4">
      <Link href="/users" className="text-brand-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="text-slate-600">{t("newIntro")}</p>
      <UserCreateForm action={createUserAction} companies={companies} searchUmkm={searchUmkmAction} />
    </section>
  );
}
