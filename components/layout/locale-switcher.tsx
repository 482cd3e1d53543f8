import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

/** The server action that stores the chosen language (`setLocale` of app/actions.ts). */
export type SetLocaleAction = (formData: FormData) => Promise<void>;

/**
 * Language buttons; a plain form, so it works without JavaScript too. The page passes the
 * action: components never import from app/.
 */
export async function LocaleSwitcher({ setLocale }: { setLocale: SetLocaleAction }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLocale} aria-label={t("switch")} className="flex gap-1 text-sm">
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          className="rounded px-2 py-1 font-medium uppercase aria-pressed:bg-brand-700 aria-pressed:text-white hover:bg-brand-100"
        >
          <span aria-hidden="true">{code}</span>
          <span className="sr-only">{t(code)}</span>
        </button>
      ))}
    </form>
  );
}
