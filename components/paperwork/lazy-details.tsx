"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A <details> whose content is rendered only once it is opened, so a page with a form per
 * document does not send eleven forms' HTML up front. Opened before hydration, it renders its
 * content as soon as React takes over.
 */
export function LazyDetails({
  summary,
  children,
  testId,
}: {
  summary: string;
  children: React.ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setIsOpen(true);
  }, []);
  return (
    <details
      ref={ref}
      className="rounded-lg border border-slate-200 bg-white"
      data-testid={testId}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer px-4 py-3 font-medium">{summary}</summary>
      {isOpen && <div className="border-t border-slate-200 p-4">{children}</div>}
    </details>
  );
}
