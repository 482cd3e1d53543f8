"use client";

import { useEffect, useRef } from "react";

/**
 * The outcome of an action that reloaded the page (a redirect back with `?updated=`): a live
 * region that also takes the keyboard focus when it has something to say, so keyboard and
 * screen-reader users land on what happened instead of at the top of the page.
 */
export function OutcomeMessage({
  text,
  testId,
  className,
}: {
  text: string | null;
  testId?: string;
  className?: string;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  return (
    <p
      ref={ref}
      role="status"
      aria-live="polite"
      tabIndex={-1}
      className={className ?? "min-h-6 font-medium text-green-800 focus:outline-2 focus:outline-offset-2"}
      data-testid={testId}
    >
      {text}
    </p>
  );
}
