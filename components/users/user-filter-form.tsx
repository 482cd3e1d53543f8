import Link from "next/link";
import { useTranslations } from "next-intl";
import { Role } from "@/lib/generated/prisma/enums";

/** Role and name/email filters of the user list, as a plain GET form (bookmarkable; works without JavaScript). */
export function UserFilterForm({ role, q }: { role?: string; q?: string }) {
  const t = useTranslations("userAdmin");
  const tr = useTranslations("roles");
  return (
    <form
      method="get"
      action="/users"
      role="search"
      aria-label={t("filterLabel")}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <label htmlFor="filter-role" className="block text-sm font-medium">
          {t("filterRole")}
        </label>
        <select
          id="filter-role"
          name="role"
          defaultValue={role ?? ""}
          className="mt-1 rounded border border-slate-400 px-3 py-2"
        >
          <option value="">{t("allRoles")}</option>
          {Object.values(Role).map((value) => (
            <option key={value} value={value}>
              {tr(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          maxLength={100}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
      {(role || q) && (
        <Link href="/users" className="px-2 py-2 text-brand-700 underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
