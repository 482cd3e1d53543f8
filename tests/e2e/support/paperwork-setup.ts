// Run by tests/e2e/paperwork.spec.ts as `tsx --conditions=react-server` (the factories hash
// passwords through server-only modules, which plain Playwright cannot import): creates, on
// the e2e database (DATABASE_URL), a caterer in Kab. Tapanuli Selatan with no documents and a
// SUGGESTED match to PT Agincourt's demo catering need (NIB + halal + SLHS), then prints their
// ids (UMKM, need, match) as JSON.
import { createPrismaClient } from "@/lib/db";
import { createTestMatch, createTestUmkm } from "@/prisma/seed/factories";
import { seedUuid } from "@/prisma/seed/random";

const db = createPrismaClient(process.env.DATABASE_URL ?? "", 2);
try {
  const needId = seedUuid("need:agincourt-catering");
  await db.supplyNeed.findUniqueOrThrow({ where: { id: needId }, select: { id: true } });
  const umkm = await createTestUmkm(db, {
    businessName: `Dapur Sipirok ${process.argv[2] ?? ""}`.trim(),
    regencyCode: "12.03",
    kbliCodes: ["56210"],
    nib: null,
    productsText: "Katering harian dan nasi kotak untuk karyawan tambang.",
  });
  const match = await createTestMatch(db, needId, umkm.id);
  console.log(JSON.stringify({ umkmId: umkm.id, needId, matchId: match.id, businessName: umkm.businessName }));
} finally {
  await db.$disconnect();
}
