"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref } from "@/lib/navigation";

/**
 * The role's navigation links; the current page's entry carries aria-current="page" and a
 * visible marker (bold, underlined, lighter background) so it does not rely on colour alone.
 */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
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
          </Link>
        </li>
      ))}
    </ul>
  );
}
