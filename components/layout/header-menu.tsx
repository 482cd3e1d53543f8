"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

/**
 * The header's collapsible part (navigation and account controls). On a phone (below `md`) a
 * "Menu" button discloses it (aria-expanded/aria-controls; Escape closes and returns focus to
 * the button; following a link closes it). Without JavaScript the button never renders and the
 * panel stays visible, so the navigation still works. From `md` up the panel is `display:
 * contents`: its children are laid out in the header's own row (they carry md:order-*).
 */
const subscribeNothing = () => () => {};
const clientSnapshot = () => true;
const serverSnapshot = () => false;

export function HeaderMenu({
  label,
  children,
}: {
  /** The button's constant name ("Menu"); aria-expanded tells whether it is open. */
  label: string;
  children: React.ReactNode;
}) {
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // False in the server's HTML and during hydration, true once the button works: until then the
  // panel stays visible (the no-JavaScript fallback).
  const hydrated = useSyncExternalStore(subscribeNothing, clientSnapshot, serverSnapshot);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownPath, setShownPath] = useState(pathname);

  // A new page closes the menu (the "adjust state during render" pattern, not an effect).
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const collapsed = hydrated && !open;
  return (
    <>
      {hydrated && (
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
          className="order-3 inline-flex min-h-11 items-center gap-1.5 rounded border border-white/40 px-2.5 text-sm font-medium hover:bg-white/10 md:hidden"
          data-testid="menu-button"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-none stroke-current" strokeWidth="2">
            {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
          </svg>
          {label}
        </button>
      )}
      <div
        id={panelId}
        className={`order-last w-full md:contents ${collapsed ? "hidden" : "block"}`}
        data-testid="header-menu"
      >
        {children}
      </div>
    </>
  );
}
