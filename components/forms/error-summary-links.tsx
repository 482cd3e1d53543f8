"use client";

import { useEffect, useRef, useState } from "react";

type Entry = { id: string; text: string };

/** What the summary needs to know of one element of a form (see `describeForm`). */
export type SummaryNode = {
  id: string;
  text: string;
  /** The ids in its aria-describedby. */
  describedBy: readonly string[];
  /** A control the focus can go to (input, select, textarea, button). */
  isControl: boolean;
  /** For a group (fieldset): the id of its first control. */
  firstControlId: string | null;
  /** What names it: a control's label, a group's legend ("" when none). */
  label: string;
};

/**
 * The error summary's entries read from the form itself: one per shown field error (`<id>-error`,
 * FormField's and controlProps' convention), in the form's order, pointing at the field — the control
 * with that id, or the first control of the group the message describes (a fieldset of radios) — and
 * named by the field's label or legend, like summaryErrors (the message stays next to the field, read
 * with it through aria-describedby; by its message when the field has no label). An error with no
 * control to go to is left out (the message is still next to it).
 */
export function summaryEntriesOf(nodes: readonly SummaryNode[]): Entry[] {
  const entries: Entry[] = [];
  for (const node of nodes) {
    if (!node.id.endsWith("-error") || !node.text.trim()) continue;
    const field = node.id.slice(0, -"-error".length);
    const control = nodes.find((other) => other.id === field && other.isControl);
    const owner = control ?? nodes.find((other) => other.describedBy.includes(node.id));
    const target = owner ? (owner.isControl ? owner.id : owner.firstControlId) : null;
    const text = owner?.label.trim() || node.text.trim();
    if (target && !entries.some((entry) => entry.id === target)) entries.push({ id: target, text });
  }
  return entries;
}

const CONTROLS = "input, select, textarea, button";

/** The form's elements with an id or a description, in document order, for summaryEntriesOf. */
export function describeForm(form: HTMLFormElement): SummaryNode[] {
  return [...form.querySelectorAll<HTMLElement>("[id], [aria-describedby]")].map((element) => ({
    id: element.id,
    text: element.textContent ?? "",
    describedBy: (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean),
    isControl: element.matches(CONTROLS),
    firstControlId:
      [...element.querySelectorAll<HTMLElement>(CONTROLS)].find((control) => control.id && !control.hidden)?.id ?? null,
    label: labelOf(element),
  }));
}

function labelOf(element: HTMLElement): string {
  const labels = "labels" in element ? (element.labels as NodeListOf<HTMLLabelElement> | null) : null;
  if (labels && labels.length > 0) return labels[0]!.textContent ?? "";
  if (element instanceof HTMLFieldSetElement) return element.querySelector("legend")?.textContent ?? "";
  return "";
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]) {
  return a.length === b.length && a.every((entry, index) => entry.id === b[index]!.id && entry.text === b[index]!.text);
}

/**
 * The links of a form's error summary (GOV.UK pattern): each names a refused field and moves
 * the focus to it. Given no `errors`, the links are read from the form the summary sits in (every
 * shown field error), so every form on FormSummary gets them without extra code. Without scripts the
 * `#id` link still scrolls to the field.
 */
export function ErrorSummaryLinks({ errors }: { errors?: readonly Entry[] }) {
  const ref = useRef<HTMLUListElement>(null);
  const [found, setFound] = useState<readonly Entry[]>([]);
  useEffect(() => {
    if (errors) return;
    const form = ref.current?.closest("form");
    if (!form) return;
    // The field errors are siblings rendered by the form: read them now and whenever the form's
    // content changes, keeping the same list when nothing changed (the links' own update settles at once).
    const read = () => {
      const next = summaryEntriesOf(describeForm(form));
      setFound((current) => (sameEntries(current, next) ? current : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(form, { subtree: true, childList: true, characterData: true, attributeFilter: ["id"] });
    return () => observer.disconnect();
  }, [errors]);
  const list = errors ?? found;
  function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  }
  return (
    <ul
      ref={ref}
      hidden={list.length === 0}
      className="mt-1 list-disc space-y-1 pl-5 text-sm"
      data-testid="error-summary-links"
    >
      {list.map(({ id, text }) => (
        <li key={id}>
          <a href={`#${id}`} onClick={(event) => focusField(event, id)} className="text-red-800 underline">
            {text}
          </a>
        </li>
      ))}
    </ul>
  );
}
