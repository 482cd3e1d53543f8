import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { requirePageRoles } from "@/lib/auth";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function ChangePasswordPage() {
  const user = await requirePageRoles("/account/password");
  const t = await getTranslations("account");
  return (
    <section className="max-w-lg space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {user.mustChangePassword && (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3" data-testid="must-change-notice">
          {t("mustChange")}
        </p>
      )}
      <p className="text-slate-600">{t("intro")}</p>
      <PasswordChangeForm action={changePasswordAction} />
    </section>
  );
}
