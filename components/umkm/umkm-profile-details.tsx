import { getFormatter, getTranslations } from "next-intl/server";
import type { UmkmProfile } from "@/lib/dal/umkm/umkm-profile";

/** The profile as a description list (personal data included: only offices and the owner get here). */
export async function UmkmProfileDetails({ profile }: { profile: UmkmProfile }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const none = t("umkmForm.notSet");
  const rupiah = (value: bigint) => format.number(Number(value), "rupiah");
  const rows: [string, string][] = [
    [t("umkmForm.ownerName"), profile.ownerName],
    [t("umkmForm.phone"), profile.phone ?? none],
    [t("umkmForm.email"), profile.email ?? none],
    [t("umkmForm.nib"), profile.nib ?? none],
    [t("umkmForm.npwp"), profile.npwp ?? none],
    [t("umkmForm.kbliCodes"), `${profile.kbliCodes.join(", ")} (${profile.kbliVersion.replace("_", " ")})`],
    [t("umkmForm.productsText"), profile.productsText],
    [t("umkmForm.address"), profile.address ?? none],
    [t("umkmForm.regencyCode"), profile.regencyName],
    [t("umkmForm.districtCode"), profile.districtName],
    [t("umkmForm.capitalRp"), rupiah(profile.capitalRp)],
    [t("umkmForm.annualSalesRp"), rupiah(profile.annualSalesRp)],
    [t("umkmForm.scale"), t(`scale.${profile.scale}`)],
    [t("umkmForm.employees"), profile.employees === null ? none : format.number(profile.employees)],
    [t("umkmForm.yearEstablished"), profile.yearEstablished === null ? none : String(profile.yearEstablished)],
    [t("umkmForm.capacity"), String(profile.capacity)],
    [t("umkmForm.isActive"), profile.isActive ? t("umkmForm.active") : t("umkmForm.inactive")],
  ];
  return (
    <dl
      className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 sm:p-6"
      data-testid="umkm-profile"
    >
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm font-medium text-slate-600">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
