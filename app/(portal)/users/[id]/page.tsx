import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountLockForm } from "@/components/users/account-lock-form";
import { PasswordResetForm } from "@/components/users/password-reset-form";
import { UserEditForm } from "@/components/users/user-edit-form";
import { UserStatusForm } from "@/components/users/user-status-form";
import { requirePageRoles } from "@/lib/auth";
import { getAccountLock } from "@/lib/dal/users/user-lockout";
import { getUserForEdit, listCompanyOptions } from "@/lib/dal/users/users";
import { searchUmkmAction } from "../actions";
import { resetPasswordAction, setUserActiveAction, unlockAccountAction, updateUserAction } from "./actions";
import { loadOr404 } from "@/lib/security/refusals";
import { formatDate, formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("userAdmin"))("editTitle") };
}

const panel = "space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requirePageRoles("/users/[id]");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const user = await loadOr404(() => getUserForEdit(actor, id));
  const [companies, lockedUntil, t, tr, locale] = await Promise.all([
    listCompanyOptions(actor),
    getAccountLock(actor, id),
    getTranslations("userAdmin"),
    getTranslations("roles"),
    getLocale(),
  ]);
  return (
    <section className="max-w-2xl space-y-4">
      <Link href="/users" className="text-brand-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{user.name}</h1>
      {created && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("created")}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("email")}</dt>
        <dd data-testid="user-email">{user.email}</dd>
        <dt className="font-medium">{t("role")}</dt>
        <dd>{tr(user.role)}</dd>
        <dt className="font-medium">{t("lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? formatDate(user.lastSignInAt) : t("never")}</dd>
      </dl>
      <p className="text-sm text-slate-600">{t("emailFixed")}</p>
      <section aria-labelledby="details-heading" className={panel}>
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("detailsHeading")}
        </h2>
        <UserEditForm
          action={updateUserAction}
          companies={companies}
          searchUmkm={searchUmkmAction}
          user={{
            id: user.id,
            name: user.name,
            role: user.role,
            companyId: user.companyId,
            version: user.version,
            umkm: user.umkm ? { id: user.umkm.id, label: user.umkm.businessName } : null,
          }}
        />
      </section>
      <section aria-labelledby="status-heading" className={panel}>
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("statusHeading")}
        </h2>
        <UserStatusForm action={setUserActiveAction} userId={user.id} isActive={user.isActive} />
      </section>
      <section aria-labelledby="lock-heading" className={panel}>
        <h2 id="lock-heading" className="text-lg font-semibold">
          {t("lockHeading")}
        </h2>
        <AccountLockForm
          action={unlockAccountAction}
          userId={user.id}
          lockedUntil={lockedUntil ? formatDateTime(lockedUntil, locale) : null}
        />
      </section>
      <section aria-labelledby="reset-heading" className={panel}>
        <h2 id="reset-heading" className="text-lg font-semibold">
          {t("resetHeading")}
        </h2>
        <PasswordResetForm action={resetPasswordAction} userId={user.id} />
      </section>
    </section>
  );
}
