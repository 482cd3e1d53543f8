import type { UmkmProfile } from "@/lib/dal/umkm/umkm-profile";

/** Form values of a profile (strings, as the form posts them). */
export function profileFormValues(p: UmkmProfile): Record<string, string> {
  return {
    businessName: p.businessName,
    ownerName: p.ownerName,
    phone: p.phone ?? "",
    email: p.email ?? "",
    nib: p.nib ?? "",
    npwp: p.npwp ?? "",
    kbliCodes: p.kbliCodes.join(", "),
    productsText: p.productsText,
    address: p.address ?? "",
    regencyCode: p.regencyCode,
    districtCode: p.districtCode,
    capitalRp: p.capitalRp.toString(),
    annualSalesRp: p.annualSalesRp.toString(),
    employees: p.employees?.toString() ?? "",
    yearEstablished: p.yearEstablished?.toString() ?? "",
    capacity: String(p.capacity),
    isActive: String(p.isActive),
  };
}
