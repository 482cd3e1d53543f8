import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { setLocale } from "@/app/actions";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { PASSWORD_CHANGED_NOTICE, PASSWORD_RESET_NOTICE } from "@/lib/account";
import { getSession } from "@/lib/auth";
import { showsDemoAccounts } from "@/lib/env";
import { DEFAULT_AFTER_SIGN_IN, safePortalPath } from "@/lib/http/safe-path";
import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = await searchParams;
  // Only a path of the portal is a destination (lib/http/safe-path.ts): no open redirect.
  const callbackUrl =
    safePortalPath(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl) ??
    DEFAULT_AFTER_SIGN_IN;
  if (await getSession()) redirect(callbackUrl);
  const [t, ta, tr] = await Promise.all([
    getTranslations("signIn"),
    getTranslations("account"),
    getTranslations("passwordReset"),
  ]);
  const notice =
    params.notice === PASSWORD_CHANGED_NOTICE
      ? ta("passwordChangedNotice")
      : params.notice === PASSWORD_RESET_NOTICE
        ? tr("resetDoneNotice")
        : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <div className="mb-6 flex justify-end">
        <LocaleSwitcher setLocale={setLocale} />
      </div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-slate-600">{t("subtitle")}</p>
      {notice && (
        <p
          role="status"
          className="mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900"
          data-testid="sign-in-notice"
        >
          {notice}
        </p>
      )}
      <SignInForm action={signInAction} callbackUrl={callbackUrl} />
      <p className="mt-4">
        <Link href="/sign-in/forgot" className="font-medium text-brand-700 underline">
          {tr("forgotLink")}
        </Link>
      </p>
      {showsDemoAccounts() && (
        <p className="mt-6 text-sm text-slate-600" data-testid="demo-hint">
          {t("demoHint")}
        </p>
      )}
    </main>
  );
}
