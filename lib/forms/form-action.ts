import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireRole, requireUser } from "@/lib/auth";
import type { AppError } from "@/lib/errors";
import { echoedValues, fieldErrorsOf, formValues, type ActionState } from "@/lib/forms/action-state";
import { setFlash } from "@/lib/forms/flash";
import type { FlashKey } from "@/lib/forms/flash-cookie";
import type { Role } from "@/lib/generated/prisma/enums";
import { settleAppError } from "@/lib/security/refusals";
import type { SessionUser } from "@/lib/session-user";

// The one action contract (STYLE.md habit 1/2, after Dub's authActionClient): every form action
// is `formAction(roles, schema, fn)` — authorise once, parse FormData with the domain's zod
// schema, call the data layer, map its errors with `errorState`. Actions whose flow does not
// fit (sign-in, file uploads, void actions of plain forms) call errorState themselves.

const CODE_KEY: Record<AppError["code"], string> = {
  NOT_FOUND: "notFound",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  INVALID_INPUT: "invalid",
  RATE_LIMITED: "rateLimited",
  UNAUTHENTICATED: "forbidden",
};
const MESSAGE_KEY = /^[A-Za-z][\w.]*(?:\|\d+)?$/;

/**
 * The one converter of a data-layer error into form state. settleAppError first: anything but
 * an AppError is rethrown (a bug or an outage, shown by the error page; nothing was saved) and
 * a FORBIDDEN is audited. Then `details.fieldErrors` go next to their fields ("form" → the form
 * error); otherwise NOT_FOUND / FORBIDDEN are "notFound" / "forbidden", else the error's
 * message key, else the code's key ("conflict", "invalid").
 */
export async function errorState<Result = undefined>(
  error: unknown,
  values?: Record<string, string | string[]>,
): Promise<ActionState<Result>> {
  const appError = await settleAppError(error);
  const issues = Object.entries(appError.details?.fieldErrors ?? {}).flatMap(([path, keys]) =>
    keys.map((message) => ({ path, message })),
  );
  const { form, ...fieldErrors } = fieldErrorsOf(issues);
  const formError = form ?? (issues.length > 0 ? null : formErrorKey(appError));
  return { status: "error", fieldErrors, formError, ...(values ? { values: echoedValues(values) } : {}) };
}

function formErrorKey({ code, message }: AppError): string {
  if (code === "NOT_FOUND" || code === "FORBIDDEN") return CODE_KEY[code];
  return message !== code && MESSAGE_KEY.test(message) ? message : CODE_KEY[code];
}

/** Who may call: a named role set (lib/access/roles.ts), or any signed-in user. */
export type ActionRoles = readonly Role[] | "signedIn" | "signedInPasswordChangeDue";

/**
 * What fn returns — every outcome confirms what happened (issue 14):
 * - success: `message`, the key (or a short payload: a count, a version) the form shows in its live
 *   summary, and an optional `result` to show once;
 * - a redirect: `flash`, a key of the `flash` catalogue the next page announces once
 *   (lib/forms/flash-cookie.ts), or `confirmedOnPage: true` when the target URL itself carries the
 *   confirmation its page shows in a live region (`?created=1`, `?done=step`: a richer message);
 * - `formError`: a refusal found by fn itself.
 * There is no bare `void`: an action cannot forget to say what it did (tests/unit/action-confirmations.test.ts
 * also scans app/ for redirects without either).
 */
export type ActionOutcome<Result> = { message: string; result?: Result } | RedirectOutcome | { formError: string };

/** A redirect that confirms itself: a flash for the next page, or a URL the page confirms from. */
export type RedirectOutcome = { redirect: string; flash: FlashKey } | { redirect: string; confirmedOnPage: true };

export type FormActionOptions<Input> = {
  /** FormData → the schema's input (default: formValues). */
  input?: (form: FormData) => Input;
  /** Message keys the form knows; any other zod message becomes "invalid". */
  errorKeys?: readonly string[];
  /** Fields the user cannot fix (hidden ids, versions): an error there is the form error "invalid". */
  hidden?: readonly string[];
  /** Echo the submitted values into an error state (default true). */
  echo?: boolean;
};

async function authorise(roles: ActionRoles): Promise<SessionUser> {
  if (roles === "signedIn") return requireUser();
  if (roles === "signedInPasswordChangeDue") return requireUser({ allowPasswordChangeDue: true });
  return requireRole(...roles);
}

/**
 * A server action for useActionState: resolves the user once (requireRole with the named set,
 * audited refusals, the password-change-due rule of getSession), parses the form with `schema`,
 * calls `fn(user, data, form)` — the data layer — and maps its errors with errorState. `fn`
 * revalidates and returns the success extras, or `{ redirect }` to leave the page (redirect
 * runs outside the try, so Next's redirect signal is never caught).
 */
export function formAction<Schema extends z.ZodType, Result = undefined>(
  roles: ActionRoles,
  schema: Schema | (() => Promise<Schema>),
  fn: (user: SessionUser, data: z.output<Schema>, form: FormData) => Promise<ActionOutcome<Result>>,
  options: FormActionOptions<unknown> = {},
): (state: ActionState<Result>, form: FormData) => Promise<ActionState<Result>> {
  return async (_state, form) => {
    const user = await authorise(roles);
    const values = formValues(form);
    const echo = options.echo === false ? undefined : values;
    const parsed = (typeof schema === "function" ? await schema() : schema).safeParse(
      options.input ? options.input(form) : values,
    );
    if (!parsed.success) return invalidState(parsed.error, echo, options);
    let outcome: ActionOutcome<Result>;
    try {
      outcome = await fn(user, parsed.data, form);
    } catch (error) {
      return errorState<Result>(error, echo);
    }
    if (!outcome)
      throw new Error("a form action must say what it did: { message }, { redirect, flash } or { formError }");
    if ("redirect" in outcome) {
      if ("flash" in outcome) await setFlash(outcome.flash);
      redirect(outcome.redirect);
    }
    if ("formError" in outcome)
      return {
        status: "error",
        fieldErrors: {},
        formError: outcome.formError,
        ...(echo ? { values: echoedValues(echo) } : {}),
      };
    return { status: "success", fieldErrors: {}, formError: null, ...outcome };
  };
}

function invalidState<Result>(
  error: z.ZodError,
  values: Record<string, string | string[]> | undefined,
  options: FormActionOptions<unknown>,
): ActionState<Result> {
  const { form, ...fieldErrors } = fieldErrorsOf(error, options.errorKeys);
  const isHidden = (options.hidden ?? []).some((field) => field in fieldErrors);
  for (const field of options.hidden ?? []) delete fieldErrors[field];
  return {
    status: "error",
    fieldErrors,
    formError: isHidden ? "invalid" : (form ?? null),
    ...(values ? { values: echoedValues(values) } : {}),
  };
}
