// Prisma 7 CLI configuration (generate only: migrations are created and applied by
// scripts/db/*, see ARCHITECTURE.md "Migrations offline").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
