// Run by tests/e2e/notifications.spec.ts as `tsx --conditions=react-server`: on the e2e
// database (DATABASE_URL) creates an UMKM with an owner account whose SLHS expires in 7 days
// (WIB) and whose SPP-IRT expires today, runs the daily reminder job body once (mail logged,
// not sent) and prints the owner's sign-in as JSON.
import { db } from "@/lib/db";
import { runPaperworkReminders } from "@/lib/jobs/paperwork-reminders";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { todayIso } from "@/lib/dates";

const day = (offset: number) => new Date(Date.parse(`${todayIso()}T00:00:00Z`) + offset * 86_400_000);
try {
  const docs = await ensureDocumentTypes(db, ["SLHS", "SPP_IRT"]);
  const umkm = await createTestUmkm(db, { businessName: `Dapur Pengingat ${process.argv[2] ?? ""}`.trim() });
  const owner = await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id });
  for (const [code, expires] of [
    ["SLHS", 7],
    ["SPP_IRT", 0],
  ] as const) {
    await db.paperworkItem.create({
      data: {
        umkmId: umkm.id,
        documentTypeId: docs.get(code)!,
        status: "ISSUED",
        number: `E2E-${code}`,
        issuedOn: day(-300),
        expiresOn: day(expires),
      },
    });
  }
  const result = await runPaperworkReminders(new Date(), {
    mailer: { transport: null, from: "Portal <noreply@localhost>", baseUrl: null },
  });
  console.log(
    JSON.stringify({ email: owner.email, password: owner.password, businessName: umkm.businessName, result }),
  );
} finally {
  await db.$disconnect();
}
