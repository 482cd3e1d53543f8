import { requirePageRoles } from "@/lib/auth";

/** Refuses before loading.tsx's Suspense boundary starts streaming (tests/unit/loading-boundaries.test.ts). */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePageRoles("/dashboard");
  return children;
}
