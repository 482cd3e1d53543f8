"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, inputClass } from "@/components/forms/form-field";
import type { UmkmOption } from "@/lib/dal/users/user-options";

/**
 * The UMKM of a UMKM_OWNER account: a search box asks the server for at most 20 matches (the
 * registry is far too large for a list; ranked, lib/dal/umkm/umkm-search.ts), and a plain select holds the result — keyboard- and
 * screen-reader-friendly without a custom combobox. The select is the submitted `umkmId`.
 */
export function UmkmPicker({
  search,
  current,
  error,
}: {
  search: (term: string) => Promise<UmkmOption[]>;
  current: { id: string; label: string } | null;
  error: string | null;
}) {
  const t = useTranslations("userAdmin");
  const s = useTranslations("search");
  const [term, setTerm] = useState("");
  const [options, setOptions] = useState<{ id: string; label: string }[] | null>(null);
  const [isSearching, startSearch] = useTransition();

  function runSearch() {
    if (!term.trim()) return;
    startSearch(async () => {
      const found = await search(term);
      setOptions(
        // Kecamatan and NIB tell same-named businesses apart ("Dapur Makmur" exists hundreds of times).
        found.map((u) => ({
          id: u.id,
          label: s("option", {
            name: u.businessName,
            district: u.district,
            regency: u.regency,
            nib: u.nib ? `NIB ${u.nib}` : s("noNib"),
          }),
        })),
      );
    });
  }

  const choices = [...(current && !options?.some((o) => o.id === current.id) ? [current] : []), ...(options ?? [])];
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="px-1 font-medium">{t("umkm")}</legend>
      <label htmlFor="umkmSearch" className="block text-sm">
        {t("umkmSearch")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="umkmSearch"
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          maxLength={100}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              runSearch();
            }
          }}
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
        />
        <button
          type="button"
          onClick={runSearch}
          disabled={isSearching}
          className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-700 disabled:opacity-60"
        >
          {isSearching ? t("umkmSearching") : t("umkmSearchButton")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        {options ? t("umkmResults", { count: options.length }) : null}
      </p>
      <FormField id="umkmId" label={t("umkmPlaceholder")} error={error}>
        <select
          {...controlProps("umkmId", error)}
          defaultValue={current?.id ?? ""}
          key={choices.map((c) => c.id).join()}
          className={inputClass}
        >
          <option value="">{t("umkmPlaceholder")}</option>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </FormField>
    </fieldset>
  );
}
