// The demo accounts as plain data (no server-only imports), shared by the seed, the tests
// and the README.
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Password of every demo account (≥ 12 characters, not on common-password lists). Demo
 * accounts are never created when NODE_ENV=production (see prisma/seed.ts).
 */
export const DEMO_PASSWORD = "Demo#2026portal";

export type DemoUser = {
  /** Fixed id, so tests and the access manifest can name a demo user's page (/users/<id>). */
  id: string;
  email: string;
  role: Role;
  name: string;
  /** Key of the demo firm (prisma/seed/demo-firms.ts) for COMPANY_STAFF. */
  companyKey?: string;
  /** True for the UMKM_OWNER of the demo caterer (prisma/seed/demo-flagships.ts). */
  ownsDemoUmkm?: boolean;
};

/** One demo account per role; the single source for tests, e2e journeys and the README. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: "00000000-0000-4000-8000-000000000001",
    email: "admin@demo.kemitraan.id",
    role: "ADMIN",
    name: "Admin Portal (Demo)",
  },
  {
    id: "00000000-0000-4000-8000-000000000002",
    email: "petugas@demo.kemitraan.id",
    role: "PMPTSP_OFFICER",
    name: "Rina Siregar (Petugas Dinas PMPTSP)",
  },
  {
    id: "00000000-0000-4000-8000-000000000003",
    email: "diskop@demo.kemitraan.id",
    role: "DISKOP_STAFF",
    name: "Dedi Lubis (Diskop UKM)",
  },
  {
    id: "00000000-0000-4000-8000-000000000004",
    email: "inalum@demo.kemitraan.id",
    role: "COMPANY_STAFF",
    name: "Fitri Nasution (PT Inalum)",
    companyKey: "inalum",
  },
  {
    id: "00000000-0000-4000-8000-000000000005",
    email: "agincourt@demo.kemitraan.id",
    role: "COMPANY_STAFF",
    name: "Johannes Simanjuntak (PT Agincourt Resources)",
    companyKey: "agincourt",
  },
  {
    id: "00000000-0000-4000-8000-000000000006",
    email: "umkm@demo.kemitraan.id",
    role: "UMKM_OWNER",
    name: "Rosmawati Siregar (Katering Nauli)",
    ownsDemoUmkm: true,
  },
];
