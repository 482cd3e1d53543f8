import { getTranslations } from "next-intl/server";
import { SITE_CONTACT } from "@/lib/site-contact";

/**
 * Every page's footer: the offices' addresses, opening hours and the helpdesk. The facts live
 * in lib/site-contact.ts (placeholders until the client confirms them; the footer says so).
 */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  const { helpdesk } = SITE_CONTACT;
  return (
    <footer aria-label={t("label")} className="mt-10 border-t border-slate-200 bg-white text-sm text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-3">
        <section aria-labelledby="footer-offices">
          <h2 id="footer-offices" className="mb-2 font-semibold text-slate-900">
            {t("offices")}
          </h2>
          <ul className="space-y-3">
            {SITE_CONTACT.offices.map((office) => (
              <li key={office.key}>
                <p className="font-medium text-slate-900">{t(office.key)}</p>
                <address className="not-italic">{office.address}</address>
                <p>{t("phone", { phone: office.phone })}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className="mb-2 font-semibold text-slate-900">
            {t("hoursTitle")}
          </h2>
          <p>{t("hoursWeekdays")}</p>
          <p>{t("hoursFriday")}</p>
          <p className="mt-1 text-slate-600">{t("hoursClosed")}</p>
        </section>
        <section aria-labelledby="footer-helpdesk">
          <h2 id="footer-helpdesk" className="mb-2 font-semibold text-slate-900">
            {t("helpdeskTitle")}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt>{t("helpdeskEmail")}</dt>
            <dd className="break-all">
              <a href={`mailto:${helpdesk.email}`} className="text-brand-700 underline hover:no-underline">
                {helpdesk.email}
              </a>
            </dd>
            <dt>{t("helpdeskPhone")}</dt>
            <dd>
              <a href={`tel:${helpdesk.phone.replace(/[^0-9+]/g, "")}`} className="text-brand-700 underline">
                {helpdesk.phone}
              </a>
            </dd>
            <dt>{t("helpdeskWhatsapp")}</dt>
            <dd>{helpdesk.whatsapp}</dd>
          </dl>
        </section>
      </div>
      <div className="border-t border-slate-100">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-3 text-xs text-slate-600">
          {!SITE_CONTACT.confirmed && <p data-testid="contact-unconfirmed">{t("unconfirmed")}</p>}
          <p>{t("copyright")}</p>
        </div>
      </div>
    </footer>
  );
}
