import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-forms";
import { RESET_TOKEN_MINUTES } from "@/lib/dal/users/password-reset";
import { requestPasswordResetAction } from "../password-reset-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("requestTitle") };
}

/** "Lupa kata sandi?": ask for a reset link by email (public). */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-semibold">{t("requestTitle")}</h1>
      <p className="mb-6 text-slate-600">{t("requestIntro", { minutes: RESET_TOKEN_MINUTES })}</p>
      <PasswordResetRequestForm action={requestPasswordResetAction} minutes={RESET_TOKEN_MINUTES} />
      <p className="mt-6">
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </main>
  );
}
