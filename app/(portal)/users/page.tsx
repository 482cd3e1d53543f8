import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listUsers } from "@/lib/dal/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const user = await requirePageRoles("/users");
  const [users, t, format] = await Promise.all([listUsers(user), getTranslations(), getFormatter()]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <DataTable
        caption={t("users.title")}
        testId="users-table"
        headers={[t("users.colName"), t("users.colEmail"), t("users.colRole"), t("users.colScope"), t("users.colActive"), t("users.colLastSignIn")]}
        empty={t("users.empty")}
        rows={users.map((row) => ({
          key: row.id,
          cells: [
            row.name,
            row.email,
            t(`roles.${row.role}`),
            row.scope ?? "—",
            row.isActive ? t("users.active") : t("users.disabled"),
            row.lastSignInAt ? format.dateTime(row.lastSignInAt, "short") : "—",
          ],
        }))}
      />
    </section>
  );
}
