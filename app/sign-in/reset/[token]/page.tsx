import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordResetForm } from "@/components/auth/password-reset-forms";
import { isPasswordResetTokenUsable, RESET_TOKEN_MINUTES } from "@/lib/dal/users/password-reset";
import { completePasswordResetAction } from "../../password-reset-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("resetTitle") };
}

/**
 * The link of a reset mail (public): the new-password form while the token is usable, else
 * a plain explanation and a link to ask for a new one. The action checks the token again.
 */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("passwordReset");
  const usable = await isPasswordResetTokenUsable(token);
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-semibold">{usable ? t("resetTitle") : t("invalidLinkTitle")}</h1>
      {usable ? (
        <>
          <p className="mb-6 text-slate-600">{t("resetIntro")}</p>
          <PasswordResetForm action={completePasswordResetAction} token={token} minutes={RESET_TOKEN_MINUTES} />
        </>
      ) : (
        <p className="mt-4 rounded border border-amber-600 bg-amber-50 p-3" data-testid="reset-link-invalid">
          {t("resetLinkInvalid", { minutes: RESET_TOKEN_MINUTES })}{" "}
          <Link href="/sign-in/forgot" className="font-medium text-brand-700 underline">
            {t("requestNew")}
          </Link>
        </p>
      )}
      <p className="mt-6">
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </main>
  );
}
