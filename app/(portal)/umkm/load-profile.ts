import { getUmkmProfile, type UmkmProfile } from "@/lib/dal/umkm-profile";
import type { SessionUser } from "@/lib/session-user";
import { answerPageError } from "@/lib/security/refusals";

/** The profile for a page, or the 404 page when it does not exist or is not visible to `user`. */
export async function loadProfile(user: SessionUser, id: string): Promise<UmkmProfile> {
  try {
    return await getUmkmProfile(user, id);
  } catch (error) {
    return answerPageError(error);
  }
}

/** Form values of a profile (strings, as the form posts them). */
export function profileFormValues(p: UmkmProfile): Record<string, string> {
  return {
    businessName: p.businessName, ownerName: p.ownerName, phone: p.phone ?? "", email: p.email ?? "", nib: p.nib ?? "", npwp: p.npwp ?? "",
    kbliCodes: p.kbliCodes.join(", "), productsText: p.productsText, address: p.address ?? "", regencyCode: p.regencyCode,
    districtCode: p.districtCode, capitalRp: p.capitalRp.toString(), annualSalesRp: p.annualSalesRp.toString(),
    employees: p.employees?.toString() ?? "", yearEstablished: p.yearEstablished?.toString() ?? "", capacity: String(p.capacity),
    isActive: String(p.isActive),
  };
}
