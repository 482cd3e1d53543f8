import { requirePageRoles } from "@/lib/auth";

/**
 * Refuses a role before loading.tsx's Suspense boundary starts streaming: a refusal inside it
 * would answer 200 instead of 403 (tests/unit/loading-boundaries.test.ts). The route group
 * keeps the skeleton off the other pages of /needs, which can answer 404.
 */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePageRoles("/needs");
  return children;
}
