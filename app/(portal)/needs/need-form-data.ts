import "server-only";
import { getLocale } from "next-intl/server";
import { listFirmOptions } from "@/lib/dal/needs/firms";
import { listDocumentTypeOptions, listKbliOptions, listRegencyOptions } from "@/lib/dal/reference-options";
import type { SessionUser } from "@/lib/session-user";

/** The option lists the need form needs; officers also pick the firm they record for. */
export async function needFormOptions(user: SessionUser, withFirms: boolean) {
  const [firms, regencies, documentTypes, kbliOptions, locale] = await Promise.all([
    withFirms && user.role !== "COMPANY_STAFF" ? listFirmOptions(user) : Promise.resolve(null),
    listRegencyOptions(),
    listDocumentTypeOptions(),
    listKbliOptions(),
    getLocale(),
  ]);
  return { firms, regencies, documentTypes, kbliOptions, locale };
}
