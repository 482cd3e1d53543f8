"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, inputClass } from "@/components/forms/form-field";
import { UmkmPicker } from "@/components/users/umkm-picker";
import type { CompanyOption, UmkmOption } from "@/lib/dal/users/user-options";
import { Role } from "@/lib/generated/prisma/enums";

export type AssignmentProps = {
  companies: CompanyOption[];
  searchUmkm: (term: string) => Promise<UmkmOption[]>;
  initial: { role: string; companyId: string; umkm: { id: string; label: string } | null };
  errors: { role: string | null; companyId: string | null; umkmId: string | null };
};

/**
 * Role, and the firm or UMKM that role belongs to: the firm picker only for COMPANY_STAFF, the
 * UMKM picker only for UMKM_OWNER (a field that is not shown is not submitted, so a role change
 * never carries a stale assignment; the server checks the same rules).
 */
export function AssignmentFields({ companies, searchUmkm, initial, errors }: AssignmentProps) {
  const t = useTranslations("userAdmin");
  const tr = useTranslations("roles");
  const [role, setRole] = useState(initial.role);
  return (
    <>
      <FormField id="role" label={t("role")} error={errors.role}>
        <select
          {...controlProps("role", errors.role)}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          className={inputClass}
        >
          <option value="">{t("rolePlaceholder")}</option>
          {Object.values(Role).map((value) => (
            <option key={value} value={value}>
              {tr(value)}
            </option>
          ))}
        </select>
      </FormField>
      {role === "COMPANY_STAFF" && (
        <FormField id="companyId" label={t("company")} error={errors.companyId}>
          <select
            {...controlProps("companyId", errors.companyId)}
            defaultValue={initial.companyId}
            className={inputClass}
          >
            <option value="">{t("companyPlaceholder")}</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {role === "UMKM_OWNER" && <UmkmPicker search={searchUmkm} current={initial.umkm} error={errors.umkmId} />}
    </>
  );
}
