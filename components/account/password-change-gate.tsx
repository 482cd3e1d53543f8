"use client";

import { redirect, usePathname } from "next/navigation";
import { PASSWORD_PAGE } from "@/lib/account";

/**
 * Wraps the portal pages of a user who must change their password: every path but the
 * password page redirects there. A client component because a layout cannot see the path —
 * and, unlike a layout, it re-renders on every client-side navigation, so following a link
 * cannot step around it. The role checks of pages, actions and the data layer are unaffected.
 */
export function PasswordChangeGate({ children }: { children: React.ReactNode }) {
  if (usePathname() !== PASSWORD_PAGE) redirect(PASSWORD_PAGE);
  return children;
}
