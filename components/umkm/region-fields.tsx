"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, inputClass } from "@/components/forms/form-field";

import type { RegionOptions } from "./region-options";

const noSubscription = () => () => {};

/**
 * Kabupaten/kota and kecamatan selects. Without JavaScript the kecamatan list holds every
 * kecamatan of the province grouped by kabupaten/kota (the server refuses a mismatch); once
 * hydrated it shows only those of the chosen kabupaten/kota.
 */
export function RegionFields({
  regions,
  values,
  errors,
}: {
  regions: RegionOptions;
  values: Record<string, string>;
  errors: (name: string) => string | null;
}) {
  const t = useTranslations("umkmForm");
  const [regency, setRegency] = useState(values.regencyCode ?? "");
  const [district, setDistrict] = useState(values.districtCode ?? "");
  // false while rendering on the server (and for browsers without JavaScript), true once hydrated.
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const groups = regions.regencies
    .filter(([code]) => !isHydrated || code === regency)
    .map(([code, name]) => ({ code, name, districts: regions.districts[code] ?? [] }));
  return (
    <>
      <FormField id="regencyCode" label={t("regencyCode")} error={errors("regencyCode")}>
        <select
          {...controlProps("regencyCode", errors("regencyCode"))}
          value={regency}
          className={inputClass}
          onChange={(event) => {
            setRegency(event.target.value);
            setDistrict("");
          }}
        >
          <option value="">{t("choose")}</option>
          {regions.regencies.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="districtCode" label={t("districtCode")} hint={t("districtHint")} error={errors("districtCode")}>
        <select
          {...controlProps("districtCode", errors("districtCode"), t("districtHint"))}
          value={district}
          className={inputClass}
          onChange={(event) => setDistrict(event.target.value)}
        >
          <option value="">{t("choose")}</option>
          {groups.map((g) => (
            <optgroup key={g.code} label={g.name}>
              {g.districts.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FormField>
    </>
  );
}
