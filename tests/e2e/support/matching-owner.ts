// Run by tests/e2e/matching.spec.ts as `tsx --conditions=react-server` (the factories hash
// passwords through server-only modules, which plain Playwright cannot import): creates, on the
// e2e database (DATABASE_URL), an UMKM_OWNER account for the UMKM whose id is argv[2] (the demo
// owner belongs to Katering Nauli), then prints its email and password as JSON.
import { createPrismaClient } from "@/lib/db";
import { createTestUser } from "@/prisma/seed/factories";

const db = createPrismaClient(process.env.DATABASE_URL ?? "", 2);
try {
  const umkmId = process.argv[2] ?? "";
  const umkm = await db.umkm.findUniqueOrThrow({ where: { id: umkmId }, select: { ownerName: true } });
  const user = await createTestUser(db, "UMKM_OWNER", { umkmId, name: `${umkm.ownerName} (pemilik, e2e)` });
  console.log(JSON.stringify({ email: user.email, password: user.password }));
} finally {
  await db.$disconnect();
}
