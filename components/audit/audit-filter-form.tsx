import { useTranslations } from "next-intl";
import { DateInput } from "@/components/forms/date-input";

export type AuditFilterValues = Partial<Record<"action" | "actor" | "entityType" | "entityId" | "from" | "to", string>>;
export type AuditFilterErrors = Partial<Record<keyof AuditFilterValues, string>>;

const FIELDS = [
  { name: "action", type: "text" },
  { name: "actor", type: "text" },
  { name: "entityType", type: "text" },
  { name: "entityId", type: "text" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

const INPUT_CLASS = "mt-1 block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700";

/**
 * The audit log's filters as a plain GET form: the filters live in the URL (bookmarkable,
 * shareable) and it works without JavaScript. Invalid fields get their message next to them.
 * The days are typed dd/mm/yyyy (DateInput) whatever the browser's language.
 */
export function AuditFilterForm({
  values,
  errors,
  knownActions,
}: {
  values: AuditFilterValues;
  errors: AuditFilterErrors;
  knownActions: string[];
}) {
  const t = useTranslations("audit");
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form
      method="get"
      action="/audit"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="audit-filters-title"
    >
      <h2 id="audit-filters-title" className="font-semibold">
        {t("filters")}
      </h2>
      <p aria-live="polite" role="status" className="text-sm font-medium text-red-800">
        {hasErrors ? t("invalid") : null}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map(({ name, type }) => {
          const error = errors[name];
          const hint = name === "action" ? `audit-${name}-hint` : undefined;
          const describedBy = [hint, error ? `audit-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
          return (
            <div key={name}>
              <label htmlFor={`audit-${name}`} className="block text-sm font-medium">
                {t(name)}
              </label>
              {type === "date" ? (
                <DateInput
                  id={`audit-${name}`}
                  name={name}
                  defaultValue={values[name] ?? ""}
                  aria-invalid={Boolean(error)}
                  aria-describedby={describedBy}
                  className={INPUT_CLASS}
                />
              ) : (
                <input
                  id={`audit-${name}`}
                  name={name}
                  type={type}
                  defaultValue={values[name] ?? ""}
                  list={name === "action" ? "audit-known-actions" : undefined}
                  aria-invalid={Boolean(error)}
                  aria-describedby={describedBy}
                  className={INPUT_CLASS}
                />
              )}
              {hint && (
                <p id={hint} className="mt-1 text-xs text-slate-600">
                  {t("actionHint")}
                </p>
              )}
              {error && (
                <p id={`audit-${name}-error`} className="mt-1 text-sm text-red-800">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <datalist id="audit-known-actions">
        {knownActions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <a href="/audit" className="rounded border border-slate-400 px-4 py-2 font-semibold">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
