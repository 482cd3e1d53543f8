import { ErrorSummaryLinks } from "./error-summary-links";

/**
 * Label, control, hint and error of one form field. The control gets the id, the
 * aria-invalid flag and aria-describedby pointing at the hint and the error from
 * `controlProps`, so screen readers read the error with the field.
 */
export function controlProps(id: string, error?: string | null, hint?: string | null) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    name: id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}

/** A text control's look without its top margin (a control that sits in a row, e.g. PasswordInput). */
export const controlClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-700";

export const inputClass = `mt-1 ${controlClass}`;

export function FormField({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The summary at the top of a form: a polite live region with the outcome (a success message,
 * a form-level error, or `title` when fields were refused) and, whenever it shows an error, the
 * GOV.UK error summary: a box that useActionForm focuses after a refused submit
 * (`data-error-summary`) with a link to each refused field. The links are read from the form's shown
 * field errors (ErrorSummaryLinks), so every form gets them; `errors` (build it with `summaryErrors`)
 * names them by label instead.
 */
export function FormSummary({
  text,
  tone = "error",
  testId,
  errors,
  title,
}: {
  text: string | null;
  tone?: "error" | "success";
  testId?: string;
  errors?: readonly { id: string; text: string }[];
  title?: string;
}) {
  const color = tone === "error" ? "text-red-800" : "text-green-800";
  const links = tone === "error" && errors && errors.length > 0 ? errors : undefined;
  const shown = text ?? (links ? (title ?? null) : null);
  const isSummary = tone === "error" && Boolean(shown);
  // One element throughout, so the live region stays in place (and is announced) whatever the outcome.
  return (
    <div
      tabIndex={isSummary ? -1 : undefined}
      data-error-summary={isSummary ? "" : undefined}
      className={
        isSummary ? "rounded border-2 border-red-700 bg-red-50 p-3 focus:outline-3 focus:outline-offset-2" : undefined
      }
    >
      <div role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${color}`} data-testid={testId}>
        {shown}
      </div>
      {isSummary && <ErrorSummaryLinks errors={links} />}
    </div>
  );
}
