"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref } from "@/lib/navigation";

/**
 * Shown at once inside the clicked link while its page loads (pages are rendered on demand, and
 * the portal has no loading.tsx: a Suspense boundary would answer 200 before a refusal and hide
 * the page from visitors without JavaScript — ARCHITECTURE.md, "Language"/"Serving"): a spinner
 * and, for screen readers, "Memuat halaman…" in the link's name.
 */
function PendingHint({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span data-testid="nav-pending" className="ml-2 inline-flex items-center align-middle">
      <span
        aria-hidden="true"
        className="inline-block h-3.5 w-3.5 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      <span className="sr-only">{label}</span>
    </span>
  );
}

/**
 * The role's navigation links; the current page's entry carries aria-current="page" and a
 * visible marker (bold, underlined, lighter background) so it does not rely on colour alone.
 * A clicked link shows that its page is loading until it arrives.
 */
export function NavLinks({ items, pendingLabel }: { items: { href: string; label: string }[]; pendingLabel: string }) {
  const pathname = usePathname();
  const current = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  return (
    <ul className="flex flex-col gap-0.5 md:flex-row md:flex-wrap md:gap-1">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? "page" : undefined}
            className="block min-h-11 rounded px-3 py-3 text-sm hover:bg-white/10 aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 aria-[current=page]:underline aria-[current=page]:underline-offset-4 md:min-h-0 md:rounded-b-none md:py-2"
          >
            {item.label}
            <PendingHint label={pendingLabel} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
