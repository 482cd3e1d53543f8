"use client";

import { signOut } from "next-auth/react";

/** Ends the session and returns to the public landing page. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10"
    >
      {label}
    </button>
  );
}
