import { readFileSync } from "node:fs";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { RegistryRegionFields } from "@/components/registry/registry-region-fields";
import { regionOptions } from "@/components/umkm/region-options";

// The registry's kecamatan select as the server renders it (what a browser without JavaScript
// gets): only the kecamatan of the kabupaten/kota in the URL, and none before one is chosen.
const messages = Object.fromEntries(
  ["registry", "lists"].map((ns) => [ns, JSON.parse(readFileSync(`lib/i18n/messages/id/${ns}.json`, "utf8"))]),
);
const reference = {
  regencies: [
    { code: "12.71", name: "Kota Medan" },
    { code: "12.19", name: "Kabupaten Batu Bara" },
  ],
  districts: [
    { code: "12.71.01", regencyCode: "12.71", name: "Medan Kota" },
    { code: "12.71.02", regencyCode: "12.71", name: "Medan Sunggal" },
    { code: "12.19.01", regencyCode: "12.19", name: "Medang Deras" },
  ],
};

function render(values: { regency?: string; district?: string }): string {
  const provider = { locale: "id", timeZone: "Asia/Jakarta", messages } as ComponentProps<
    typeof NextIntlClientProvider
  >;
  return renderToString(
    createElement(
      NextIntlClientProvider,
      provider,
      createElement(RegistryRegionFields, {
        regions: regionOptions(reference, values.regency, values.district),
        values,
        errors: {},
        labelClass: "",
        fieldClass: "",
      }),
    ),
  );
}

const districtSelect = (html: string) => /<select id="filter-district"[\s\S]*?<\/select>/.exec(html)![0];

describe("RegistryRegionFields without JavaScript", () => {
  it("asks for a kabupaten/kota first and lists no kecamatan", () => {
    const select = districtSelect(render({}));
    expect(select).toContain("pilih kabupaten/kota dulu");
    expect(select).not.toContain("12.71.01");
    expect(select).not.toMatch(/disabled/);
  });

  it("lists exactly the kecamatan of the kabupaten/kota in the URL", () => {
    const select = districtSelect(render({ regency: "12.71" }));
    expect(select.match(/value="12\.\d\d\.\d\d"/g)).toEqual(['value="12.71.01"', 'value="12.71.02"']);
    expect(select).toContain('label="Kota Medan"');
    expect(select).toContain(">Semua<");
  });

  it("keeps a kecamatan of another kabupaten/kota from the URL selected and named", () => {
    const select = districtSelect(render({ regency: "12.71", district: "12.19.01" }));
    expect(select).toMatch(/<option value="12\.19\.01" selected="">Medang Deras<\/option>/);
  });
});
