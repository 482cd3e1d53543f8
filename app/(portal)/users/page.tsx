import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { UserFilterForm } from "@/components/users/user-filter-form";
import { requirePageRoles } from "@/lib/auth";
import { listUsers, USER_LIST_LIMIT } from "@/lib/dal/users/users";
import { userListFilterSchema } from "@/lib/validation/users";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRoles("/users");
  const filter = userListFilterSchema.parse(await searchParams);
  const [users, t] = await Promise.all([listUsers(user, filter), getTranslations()]);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
        <Link href="/users/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("userAdmin.addUser")}
        </Link>
      </div>
      <UserFilterForm role={filter.role} q={filter.q} />
      <DataTable
        caption={t("users.title")}
        testId="users-table"
        headers={[
          t("users.colName"),
          t("users.colEmail"),
          t("users.colRole"),
          t("users.colScope"),
          t("users.colActive"),
          t("users.colLastSignIn"),
        ]}
        empty={t("users.empty")}
        rows={users.map((row) => ({
          key: row.id,
          cells: [
            <Link
              key="name"
              href={`/users/${row.id}`}
              className="text-brand-700 underline"
              aria-label={t("userAdmin.edit", { name: row.name })}
            >
              {row.name}
            </Link>,
            row.email,
            t(`roles.${row.role}`),
            row.scope ?? "—",
            <span key="status" className="flex flex-wrap gap-1">
              <span
                className={`${badge} ${row.isActive ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}
              >
                {row.isActive ? t("users.active") : t("users.disabled")}
              </span>
              {row.mustChangePassword && (
                <span className={`${badge} bg-amber-100 text-amber-900`}>{t("userAdmin.mustChangeBadge")}</span>
              )}
            </span>,
            row.lastSignInAt ? formatDate(row.lastSignInAt) : "—",
          ],
        }))}
      />
      {users.length >= USER_LIST_LIMIT && (
        <p className="text-sm text-slate-600">{t("userAdmin.limitNote", { count: USER_LIST_LIMIT })}</p>
      )}
    </section>
  );
}
