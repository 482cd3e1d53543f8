"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, inputClass } from "@/components/forms/form-field";

import type { RegionOptions } from "./region-options";
import { useDistricts } from "./use-districts";

/**
 * Kabupaten/kota and kecamatan selects. The page sends the kecamatan of the profile's
 * kabupaten/kota only (none on a new profile); choosing a kabupaten/kota loads its kecamatan
 * (useDistricts, the registry filter's way too) and clears the kecamatan. The server refuses a
 * kecamatan outside the chosen kabupaten/kota.
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
  const shown = useDistricts(regions, values.regencyCode ?? "");
  const regencyName = regions.regencies.find(([code]) => code === shown.regency)?.[1];
  const districtError = errors("districtCode");
  return (
    <>
      <FormField id="regencyCode" label={t("regencyCode")} error={errors("regencyCode")}>
        <select
          {...controlProps("regencyCode", errors("regencyCode"))}
          value={regency}
          className={inputClass}
          aria-controls="districtCode"
          onChange={(event) => {
            setRegency(event.target.value);
            shown.choose(event.target.value);
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
      <FormField id="districtCode" label={t("districtCode")} hint={t("districtHint")} error={districtError}>
        <select
          {...controlProps("districtCode", districtError, t("districtHint"))}
          value={district}
          className={inputClass}
          aria-busy={shown.status === "loading" ? true : undefined}
          onChange={(event) => setDistrict(event.target.value)}
        >
          <option value="">{shown.regency ? t("choose") : t("districtChooseRegency")}</option>
          {regencyName && shown.districts.length > 0 && (
            <optgroup label={regencyName}>
              {shown.districts.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {shown.status === "error" && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {t("districtsLoadFailed")}
          </p>
        )}
      </FormField>
    </>
  );
}
