import { getFormatter, getTranslations } from "next-intl/server";
import type { MatchView } from "@/lib/dal/matches/match-reads";
import { formatDate } from "@/lib/format/dates";

function Facts({ rows, testId }: { rows: [string, React.ReactNode][]; testId: string }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid={testId}>
      {rows.map(([label, value]) => [
        <dt key={`${label}-t`} className="font-medium text-slate-700">
          {label}
        </dt>,
        <dd key={`${label}-d`} className="break-words">
          {value}
        </dd>,
      ])}
    </dl>
  );
}

/** The contact details the viewer is entitled to for this match (UMKM's for the firm, firm's for the UMKM). */
export async function MatchContacts({ match }: { match: MatchView }) {
  const t = await getTranslations("matching");
  const dash = t("none");
  return (
    <>
      {match.umkmContact && (
        <section aria-labelledby={`umkm-contact-${match.id}`} className="space-y-1">
          <h3 id={`umkm-contact-${match.id}`} className="font-semibold">
            {t("contact.umkmHeading")}
          </h3>
          <Facts
            testId="umkm-contact"
            rows={[
              [t("contact.ownerName"), match.umkmContact.ownerName],
              [
                t("contact.phone"),
                match.umkmContact.phone ? (
                  <a href={`tel:${match.umkmContact.phone}`} className="text-brand-700 underline">
                    {match.umkmContact.phone}
                  </a>
                ) : (
                  dash
                ),
              ],
              [
                t("contact.email"),
                match.umkmContact.email ? (
                  <a href={`mailto:${match.umkmContact.email}`} className="text-brand-700 underline">
                    {match.umkmContact.email}
                  </a>
                ) : (
                  dash
                ),
              ],
              [t("contact.address"), match.umkmContact.address ?? dash],
            ]}
          />
        </section>
      )}
      {match.firmContact && (
        <section aria-labelledby={`firm-contact-${match.id}`} className="space-y-1">
          <h3 id={`firm-contact-${match.id}`} className="font-semibold">
            {t("contact.firmHeading")}
          </h3>
          <Facts
            testId="firm-contact"
            rows={[
              [t("contact.contactName"), match.firmContact.contactName ?? dash],
              [
                t("contact.phone"),
                match.firmContact.phone ? (
                  <a href={`tel:${match.firmContact.phone}`} className="text-brand-700 underline">
                    {match.firmContact.phone}
                  </a>
                ) : (
                  dash
                ),
              ],
              [
                t("contact.email"),
                match.firmContact.email ? (
                  <a href={`mailto:${match.firmContact.email}`} className="text-brand-700 underline">
                    {match.firmContact.email}
                  </a>
                ) : (
                  dash
                ),
              ],
              [t("contact.address"), match.firmContact.address],
            ]}
          />
        </section>
      )}
    </>
  );
}

/** The recorded partnership: pattern, value (hidden for Diskop), period, signing and ending. */
export async function PartnershipFacts({ match }: { match: MatchView }) {
  const p = match.partnership;
  if (!p) return null;
  const [t, format] = await Promise.all([getTranslations("matching"), getFormatter()]);
  const date = (iso: string) => formatDate(iso);
  const rows: [string, React.ReactNode][] = [
    [t("partnership.pattern"), t(`pattern.${p.pattern}`)],
    [t("partnership.value"), p.valueRp === null ? t("valueHidden") : format.number(BigInt(p.valueRp), "rupiah")],
    [t("partnership.period"), `${date(p.startDate)} – ${p.endDate ? date(p.endDate) : t("none")}`],
    [t("partnership.signedAt"), date(p.signedAt)],
  ];
  if (p.endedAt)
    rows.push([t("partnership.endedAt"), date(p.endedAt)], [t("partnership.endReason"), p.endReason ?? t("none")]);
  return (
    <section aria-labelledby={`partnership-${match.id}`} className="space-y-1">
      <h3 id={`partnership-${match.id}`} className="font-semibold">
        {t("partnership.heading")}
      </h3>
      <Facts testId="partnership" rows={rows} />
    </section>
  );
}
