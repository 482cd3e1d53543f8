"use client";

/**
 * The links of a form's error summary (GOV.UK pattern): each names a refused field and moves
 * the focus to it. Without scripts the `#id` link still scrolls to the field.
 */
export function ErrorSummaryLinks({ errors }: { errors: readonly { id: string; text: string }[] }) {
  function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  }
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" data-testid="error-summary-links">
      {errors.map(({ id, text }) => (
        <li key={id}>
          <a href={`#${id}`} onClick={(event) => focusField(event, id)} className="text-red-800 underline">
            {text}
          </a>
        </li>
      ))}
    </ul>
  );
}
