import { useTranslations } from "next-intl";

/**
 * The global search by NIB or business name: a plain GET form to `/search?q=` (no JavaScript
 * needed), with a visible label. For the roles that may see the registry (UMKM_REGISTRY_ROLES:
 * the offices); the page refuses everyone else. The label and input inherit the surrounding
 * text colour, so it sits on the dark header or a light page alike. `id` keeps two instances
 * (header and the search page) from sharing an input id.
 */
export function GlobalSearch({ id = "global-search", defaultValue = "" }: { id?: string; defaultValue?: string }) {
  const t = useTranslations("search");
  return (
    <form
      method="get"
      action="/search"
      role="search"
      aria-label={t("title")}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {t("label")}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          required
          minLength={2}
          maxLength={100}
          defaultValue={defaultValue}
          autoComplete="off"
          className="mt-1 block w-full min-w-[12rem] rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
        />
      </div>
      <button
        type="submit"
        className="rounded border border-current px-3 py-1.5 font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {t("submit")}
      </button>
    </form>
  );
}
