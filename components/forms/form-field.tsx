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

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-700";

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

/** The live error summary at the top of a form (announced when it changes). */
export function FormSummary({
  text,
  tone = "error",
  testId,
}: {
  text: string | null;
  tone?: "error" | "success";
  testId?: string;
}) {
  const color = tone === "error" ? "text-red-800" : "text-green-800";
  return (
    <div role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${color}`} data-testid={testId}>
      {text}
    </div>
  );
}
